-- Business validations of the simulated Finance environment, as Finance runs them when a row is
-- written to its entities (validateWrite): a write that breaks one fails with Finance's own
-- words (DOMAIN 8), which the sync reports as the record's error. Created after the demo data.
--
-- Actuals staging: Import from staging needs a line property for the actual's billing type in
-- the actual's company (Project Operations parameters, Billing type defaults).
CREATE TRIGGER ProjCDSActualsImport_LinePropertyNonChargeable BEFORE INSERT ON ProjCDSActualsImportEntity WHEN NEW.BillingType = 'NonChargeable' AND NOT EXISTS (SELECT 1 FROM ProjBillingTypeDefaultsEntity d WHERE d.DataAreaId = NEW.DataAreaId AND d.BillingType = 'NonChargeable')
BEGIN SELECT RAISE(ABORT, 'Line property Non-chargeable doesn''t exist. validateWrite failed on data source ''ProjCDSActualsImport'''); END;
CREATE TRIGGER ProjCDSActualsImport_LinePropertyChargeable BEFORE INSERT ON ProjCDSActualsImportEntity WHEN NEW.BillingType = 'Chargeable' AND NOT EXISTS (SELECT 1 FROM ProjBillingTypeDefaultsEntity d WHERE d.DataAreaId = NEW.DataAreaId AND d.BillingType = 'Chargeable')
BEGIN SELECT RAISE(ABORT, 'Line property Chargeable doesn''t exist. validateWrite failed on data source ''ProjCDSActualsImport'''); END;
CREATE TRIGGER ProjCDSActualsImport_LinePropertyComplimentary BEFORE INSERT ON ProjCDSActualsImportEntity WHEN NEW.BillingType = 'Complimentary' AND NOT EXISTS (SELECT 1 FROM ProjBillingTypeDefaultsEntity d WHERE d.DataAreaId = NEW.DataAreaId AND d.BillingType = 'Complimentary')
BEGIN SELECT RAISE(ABORT, 'Line property Complimentary doesn''t exist. validateWrite failed on data source ''ProjCDSActualsImport'''); END;
CREATE TRIGGER ProjCDSActualsImport_LinePropertyNotAvailable BEFORE INSERT ON ProjCDSActualsImportEntity WHEN NEW.BillingType = 'NotAvailable' AND NOT EXISTS (SELECT 1 FROM ProjBillingTypeDefaultsEntity d WHERE d.DataAreaId = NEW.DataAreaId AND d.BillingType = 'NotAvailable')
BEGIN SELECT RAISE(ABORT, 'Line property Not available doesn''t exist. validateWrite failed on data source ''ProjCDSActualsImport'''); END;
CREATE TRIGGER ProjCDSActualsImport_LinePropertyOnUpdate BEFORE UPDATE OF BillingType, DataAreaId ON ProjCDSActualsImportEntity WHEN NEW.BillingType IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ProjBillingTypeDefaultsEntity d WHERE d.DataAreaId = NEW.DataAreaId AND d.BillingType = NEW.BillingType)
BEGIN SELECT RAISE(ABORT, 'The billing type of the actual has no line property in its company. validateWrite failed on data source ''ProjCDSActualsImport'''); END;
-- Project contracts: the contracting unit's currency (the contract currency) must be the owning
-- company's accounting currency, which the company's ledger gives; a company without a ledger
-- fails as well.
CREATE TRIGGER ProjCDSProjectContract_Currency BEFORE INSERT ON ProjCDSProjectContractEntity WHEN NEW.CurrencyCode IS NOT (SELECT l.AccountingCurrency FROM LedgerEntity l WHERE l.LegalEntityId = NEW.DataAreaId)
BEGIN SELECT RAISE(ABORT, 'Owning company currency does not match the contracting unit currency. Pick different owning company or contracting unit to continue'); END;
CREATE TRIGGER ProjCDSProjectContract_CurrencyOnUpdate BEFORE UPDATE OF CurrencyCode, DataAreaId ON ProjCDSProjectContractEntity WHEN NEW.CurrencyCode IS NOT (SELECT l.AccountingCurrency FROM LedgerEntity l WHERE l.LegalEntityId = NEW.DataAreaId)
BEGIN SELECT RAISE(ABORT, 'Owning company currency does not match the contracting unit currency. Pick different owning company or contracting unit to continue'); END;
