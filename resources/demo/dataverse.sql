-- Dataverse side of the demo workspace: Project Operations tables with the columns of the
-- Common Data Model definitions, plus the Dataverse system columns every table carries. As in
-- Dataverse, the platform fills the row id and the created/modified stamps when a writer
-- (dual-write, or here the sync engine) leaves them out.
CREATE TABLE cdm_company (
    cdm_companyid TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    cdm_companycode TEXT NOT NULL UNIQUE,
    cdm_name TEXT,
    createdon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modifiedon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE msdyn_transactioncategory (
    msdyn_transactioncategoryid TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    msdyn_name TEXT NOT NULL,
    msdyn_billingtype INTEGER,
    createdon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modifiedon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE msdyn_project (
    msdyn_projectid TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    msdyn_projectnumber TEXT NOT NULL UNIQUE,
    msdyn_subject TEXT NOT NULL,
    msdyn_description TEXT,
    msdyn_owningcompany TEXT REFERENCES cdm_company (cdm_companyid),
    msdyn_scheduledstart TEXT,
    msdyn_scheduledend TEXT,
    createdon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modifiedon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE msdyn_projecttask (
    msdyn_projecttaskid TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    msdyn_project TEXT NOT NULL REFERENCES msdyn_project (msdyn_projectid),
    msdyn_parenttask TEXT REFERENCES msdyn_projecttask (msdyn_projecttaskid),
    msdyn_wbsid TEXT NOT NULL,
    msdyn_subject TEXT NOT NULL,
    msdyn_effort REAL,
    msdyn_scheduledstart TEXT,
    msdyn_scheduledend TEXT,
    createdon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modifiedon TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    versionnumber INTEGER NOT NULL DEFAULT 0,
    statecode INTEGER NOT NULL DEFAULT 0,
    statuscode INTEGER NOT NULL DEFAULT 1,
    UNIQUE (msdyn_project, msdyn_wbsid)
);
