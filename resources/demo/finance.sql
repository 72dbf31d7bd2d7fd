-- Finance side of the demo workspace: data entities with the fields of the Common Data Model
-- definitions. DataAreaId is the company context every company-specific entity carries.
CREATE TABLE OMLegalEntity (
    LegalEntityId TEXT PRIMARY KEY,
    Name TEXT,
    CompanyType TEXT
);
CREATE TABLE ProjCDSCategoryEntity (
    IntegrationId TEXT PRIMARY KEY,
    CategoryId TEXT NOT NULL,
    SharedCategory TEXT
);
CREATE TABLE ProjCDSProjectEntity (
    DataAreaId TEXT NOT NULL,
    ProjectID TEXT NOT NULL,
    ProjectName TEXT NOT NULL,
    Description TEXT,
    ProjectStatus TEXT,
    StartDate TEXT,
    EndDate TEXT,
    PRIMARY KEY (ProjectID)
);
CREATE TABLE ProjCDSTaskEntity (
    ProjectId TEXT NOT NULL,
    Task TEXT NOT NULL,
    WorkBreakdownStructureID TEXT,
    Name TEXT NOT NULL,
    PRIMARY KEY (ProjectId, Task)
);
