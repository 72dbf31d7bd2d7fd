-- Dataverse side of the demo workspace: Project Operations tables with the columns of the
-- Common Data Model definitions, plus the Dataverse system columns every table carries.
CREATE TABLE cdm_company (
    cdm_companyid TEXT PRIMARY KEY,
    cdm_companycode TEXT NOT NULL UNIQUE,
    cdm_name TEXT,
    createdon TEXT NOT NULL,
    modifiedon TEXT NOT NULL,
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE msdyn_transactioncategory (
    msdyn_transactioncategoryid TEXT PRIMARY KEY,
    msdyn_name TEXT NOT NULL,
    msdyn_billingtype INTEGER,
    createdon TEXT NOT NULL,
    modifiedon TEXT NOT NULL,
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE msdyn_project (
    msdyn_projectid TEXT PRIMARY KEY,
    msdyn_projectnumber TEXT NOT NULL UNIQUE,
    msdyn_subject TEXT NOT NULL,
    msdyn_description TEXT,
    msdyn_owningcompany TEXT REFERENCES cdm_company (cdm_companyid),
    msdyn_scheduledstart TEXT,
    msdyn_scheduledend TEXT,
    createdon TEXT NOT NULL,
    modifiedon TEXT NOT NULL,
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE msdyn_projecttask (
    msdyn_projecttaskid TEXT PRIMARY KEY,
    msdyn_project TEXT NOT NULL REFERENCES msdyn_project (msdyn_projectid),
    msdyn_parenttask TEXT REFERENCES msdyn_projecttask (msdyn_projecttaskid),
    msdyn_wbsid TEXT NOT NULL,
    msdyn_subject TEXT NOT NULL,
    msdyn_effort REAL,
    msdyn_scheduledstart TEXT,
    msdyn_scheduledend TEXT,
    createdon TEXT NOT NULL,
    modifiedon TEXT NOT NULL,
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1,
    UNIQUE (msdyn_project, msdyn_wbsid)
);
