-- Dataverse side of the demo: what Project Operations owns (roles, transaction categories,
-- contracts, projects, tasks, estimates, actuals, proforma invoices) and the master data Finance
-- owns as the prerequisite maps have already brought it over (companies, currencies, units,
-- products, customers, vendors, workers, ledgers, rates, expense categories). Runs after
-- finance-data.sql, with the Finance database attached as "fin", and copies that master data
-- from there so both sides agree.
--
-- Planted failure causes (DOMAIN 8), a small share:
--   * contract <n> with n % 39 = 17: owned by GBPM but contracted through the French unit (EUR);
--   * cost actuals of pairs k % 800 = 400: FRPM projects, billing type Not available, for which
--     FRPM has no line property.
INSERT INTO main.cdm_company (cdm_companyid, cdm_companycode, cdm_name)
SELECT IntegrationId, LegalEntityId, Name FROM fin.OMLegalEntity;
INSERT INTO main.transactioncurrency (transactioncurrencyid, isocurrencycode, currencyname, currencysymbol, exchangerate)
SELECT demo_guid(2, k), code, name, symbol, rate FROM demo_currency;
INSERT INTO main.uomschedule (uomscheduleid, name, baseuomname)
SELECT demo_guid(32, k), name, base FROM demo_unitgroup;
INSERT INTO main.uom (uomid, name, uomscheduleid, msdyn_description, quantity)
SELECT IntegrationId, UnitSymbol, UnitGroupId, UnitDescription, 1 FROM fin.UnitOfMeasureEntity;
INSERT INTO main.systemuser (systemuserid, fullname, domainname)
SELECT demo_guid(33, company), 'Project manager ' || cc, 'pm-' || lower(cc) || '@contoso.example' FROM demo_company;
INSERT INTO main.msdyn_workhourtemplate (msdyn_workhourtemplateid, msdyn_name, msdyn_calendarid)
SELECT demo_guid(34, company), 'Standard week ' || cc, demo_guid(31, company) FROM demo_company;
INSERT INTO main.product (productid, productnumber, name, producttypecode, defaultuomid, price, statecode)
SELECT p.IntegrationId, p.ItemNumber, p.ProductName, CASE p.ProductType WHEN 'Item' THEN 1 ELSE 2 END, u.IntegrationId,
       p.SalesPrice, CASE p.ProductLifecycleState WHEN 'Active' THEN 0 WHEN 'Retired' THEN 1 ELSE 2 END
FROM fin.CDSReleasedDistinctProductsEntity p LEFT JOIN fin.UnitOfMeasureEntity u ON u.UnitSymbol = p.InventoryUnitSymbol;
INSERT INTO main.account (accountid, accountnumber, name, msdyn_company, msdyn_customergroupid, address1_city, address1_country, emailaddress1)
SELECT c.IntegrationId, c.CustomerAccount, c.OrganizationName, l.IntegrationId, c.CustomerGroupId, c.AddressCity, c.AddressCountryRegionId, c.PrimaryContactEmail
FROM fin.CustCustomerV3Entity c JOIN fin.OMLegalEntity l ON l.LegalEntityId = c.DataAreaId;
INSERT INTO main.msdyn_vendor (msdyn_vendorid, msdyn_vendoraccountnumber, msdyn_vendorname, msdyn_vendorgroupid, msdyn_company)
SELECT v.IntegrationId, v.VendorAccountNumber, v.VendorOrganizationName, v.VendorGroupId, l.IntegrationId
FROM fin.VendVendorV2Entity v JOIN fin.OMLegalEntity l ON l.LegalEntityId = v.DataAreaId;
INSERT INTO main.cdm_worker (cdm_workerid, cdm_workernumber, cdm_firstname, cdm_lastname, cdm_primaryemailaddress)
SELECT IntegrationId, PersonnelNumber, FirstName, LastName, PrimaryEmail FROM fin.HcmWorkerEntity;
INSERT INTO main.msdyn_ledger (msdyn_ledgerid, msdyn_name, msdyn_company, msdyn_accountingcurrency, msdyn_reportingcurrency, msdyn_chartofaccounts, msdyn_fiscalcalendar)
SELECT demo_guid(25, d.company), g.Name, l.IntegrationId, g.AccountingCurrency, g.ReportingCurrency, g.ChartOfAccounts, g.FiscalCalendar
FROM fin.LedgerEntity g JOIN fin.OMLegalEntity l ON l.LegalEntityId = g.LegalEntityId JOIN demo_company d ON d.code = g.LegalEntityId;
INSERT INTO main.msdyn_currencyexchangerate (msdyn_ratetype, msdyn_fromcurrency, msdyn_tocurrency, msdyn_rate, msdyn_validfrom, msdyn_validto)
SELECT ExchangeRateTypeName, FromCurrencyCode, ToCurrencyCode, Rate, ValidFrom, ValidTo FROM fin.ExchangeRateCDSEntity;
INSERT INTO main.msdyn_organizationalunit (msdyn_organizationalunitid, msdyn_name, msdyn_currency, msdyn_company)
SELECT demo_guid(10, company), unit, demo_guid(2, company), demo_guid(1, company) FROM demo_company;
INSERT INTO main.bookableresourcecategory (bookableresourcecategoryid, name, description)
SELECT demo_guid(9, k), name, 'Project role ' || name FROM demo_role;
INSERT INTO main.bookableresource (bookableresourceid, name, msdyn_worker, msdyn_organizationalunit, msdyn_company)
WITH RECURSIVE n(w) AS (SELECT 1 UNION ALL SELECT w + 1 FROM n WHERE w < (SELECT workers FROM demo_size))
SELECT demo_guid(8, w), h.FirstName || ' ' || h.LastName, h.IntegrationId, demo_guid(10, ((w - 1) % 3) + 1), demo_guid(1, ((w - 1) % 3) + 1)
FROM n JOIN fin.HcmWorkerEntity h ON h.PersonnelNumber = printf('%06d', w);
INSERT INTO main.msdyn_transactioncategory (msdyn_transactioncategoryid, msdyn_name, msdyn_billingtype, msdyn_defaultunit, statecode, statuscode)
SELECT demo_guid(11, k), name, billingtype, CASE transtype WHEN 'Hour' THEN demo_guid(3, 1) WHEN 'Item' THEN demo_guid(3, 4) ELSE demo_guid(3, 3) END,
       CASE active WHEN 1 THEN 0 ELSE 1 END, CASE active WHEN 1 THEN 1 ELSE 2 END
FROM demo_category;
INSERT INTO main.msdyn_expensecategory (msdyn_expensecategoryid, msdyn_name, msdyn_company, msdyn_expensecategoryuid, msdyn_expensetype, msdyn_receiptrequired)
SELECT e.IntegrationId, e.Name, l.IntegrationId, e.TransactionCategoryId,
       CASE e.ExpenseType WHEN 'Hotel' THEN 192350000 WHEN 'Meal' THEN 192350002 WHEN 'Airline' THEN 192350003 WHEN 'Mileage' THEN 192350008 WHEN 'Conference' THEN 192350006 ELSE 192350007 END,
       CASE e.ReceiptRequired WHEN 'Yes' THEN 192350001 ELSE 192350000 END
FROM fin.ProjExpenseCategoryExportEntity e JOIN fin.OMLegalEntity l ON l.LegalEntityId = e.DataAreaId;
-- Project contracts: company (c - 1) % 3 + 1, its customers in turn; the planted one is
-- contracted through the French unit in euros while GBPM owns it.
INSERT INTO main.salesorder (salesorderid, ordernumber, name, customerid, transactioncurrencyid, msdyn_company, msdyn_contractorganizationalunitid, msdyn_psastate, msdyn_psastatusreason, msdyn_ordertype, totalamount)
WITH RECURSIVE n(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM n WHERE c < (SELECT contracts FROM demo_size)),
contract AS (SELECT c AS x, ((c - 1) % 3) + 1 AS comp, CASE WHEN c % 39 = 17 THEN 3 ELSE ((c - 1) % 3) + 1 END AS ou FROM n)
SELECT demo_guid(14, x), d.code || '-CON-' || printf('%06d', x), 'Services agreement ' || x || ' with Fabrikam ' || d.cc,
       demo_guid(6, (comp - 1) * 100000 + ((x - 1) / 3) % (SELECT customers FROM demo_size) + 1), demo_guid(2, ou), demo_guid(1, comp), demo_guid(10, ou),
       192350002, 192350003, 192350001, 1000 + x * 37 % 5000
FROM contract JOIN demo_company d ON d.company = contract.comp;
-- Two lines per contract, both for the contract's first project: time and material, fixed price.
INSERT INTO main.salesorderdetail (salesorderdetailid, salesorderid, productdescription, description, msdyn_billingmethod, msdyn_project, msdyn_includetime, msdyn_includeexpense, msdyn_includematerial, msdyn_includefee, msdyn_linetype, msdyn_billingstatus, extendedamount)
WITH RECURSIVE n(l) AS (SELECT 1 UNION ALL SELECT l + 1 FROM n WHERE l < 2 * (SELECT contracts FROM demo_size))
SELECT demo_guid(15, l), demo_guid(14, (l + 1) / 2), CASE l % 2 WHEN 1 THEN 'Time and material' ELSE 'Fixed fee' END,
       'Contract line ' || l, CASE l % 2 WHEN 1 THEN 192350000 ELSE 192350001 END, demo_guid(12, (l + 1) / 2),
       1, l % 2, l % 2, 1 - l % 2, 690970000, 192350000, CASE l % 2 WHEN 1 THEN 0 ELSE 3000 END
FROM n;
INSERT INTO main.msdyn_projectcontractsplitbillingrule (msdyn_projectcontractsplitbillingruleid, msdyn_name, msdyn_salesorder, msdyn_customer, msdyn_percentallocated)
SELECT demo_guid(16, rowid), 'Funding of ' || ordernumber, salesorderid, customerid, 100 FROM main.salesorder;
INSERT INTO main.msdyn_project (msdyn_projectid, msdyn_projectnumber, msdyn_subject, msdyn_description, msdyn_owningcompany, msdyn_customer, msdyn_salesorderid, msdyn_contractorganizationalunitid, transactioncurrencyid, exchangerate, msdyn_scheduledstart, msdyn_scheduledend, msdyn_calendarid, msdyn_istemplate, msdyn_projectmanager, msdyn_workhourtemplate, statecode, statuscode)
WITH RECURSIVE n(p) AS (SELECT 1 UNION ALL SELECT p + 1 FROM n WHERE p < (SELECT projects FROM demo_size)),
project AS (SELECT p, ((p - 1) % 3) + 1 AS comp, ((p - 1) % (SELECT contracts FROM demo_size)) + 1 AS c FROM n)
SELECT demo_guid(12, p), d.code || '-PRJ-' || printf('%06d', p), s.subject || ' ' || (p / 8 + 1), 'Demo project ' || d.code || '-PRJ-' || printf('%06d', p),
       demo_guid(1, comp), o.customerid, o.salesorderid, demo_guid(10, comp), demo_guid(2, comp), 1,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-06', '+' || (7 * (p % 52)) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-06', '+' || (7 * (p % 52) + 90 + 30 * (p % 9)) || ' days'),
       demo_guid(31, comp), 0, demo_guid(33, comp), demo_guid(34, comp), CASE WHEN p % 10 = 0 THEN 1 ELSE 0 END, CASE WHEN p % 10 = 0 THEN 2 ELSE 1 END
FROM project JOIN demo_company d ON d.company = project.comp JOIN demo_subject s ON s.k = p % 8 JOIN main.salesorder o ON o.salesorderid = demo_guid(14, project.c);
-- Two phases (tasks 1 and 4) with two leaf tasks each: 1, 1.1, 1.2, 2, 2.1, 2.2.
INSERT INTO main.msdyn_projecttask (msdyn_projecttaskid, msdyn_project, msdyn_parenttask, msdyn_wbsid, msdyn_subject, msdyn_autoscheduling, msdyn_effort, msdyn_scheduledstart, msdyn_scheduledend, transactioncurrencyid)
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 6 * (SELECT projects FROM demo_size)),
task AS (SELECT x, (x - 1) / 6 + 1 AS p, (x - 1) % 6 + 1 AS t FROM n)
SELECT demo_guid(13, x), demo_guid(12, p),
       CASE WHEN t IN (2, 3) THEN demo_guid(13, (p - 1) * 6 + 1) WHEN t IN (5, 6) THEN demo_guid(13, (p - 1) * 6 + 4) END,
       CASE t WHEN 1 THEN '1' WHEN 2 THEN '1.1' WHEN 3 THEN '1.2' WHEN 4 THEN '2' WHEN 5 THEN '2.1' ELSE '2.2' END,
       CASE WHEN t IN (1, 4) THEN 'Phase ' || (t / 3 + 1) ELSE 'Work package ' || (t / 4 + 1) || '.' || (CASE t WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 5 THEN 1 ELSE 2 END) END,
       1, CASE WHEN t IN (1, 4) THEN 0 ELSE 8 * (1 + (x * 7) % 20) END,
       pr.msdyn_scheduledstart, pr.msdyn_scheduledend, pr.transactioncurrencyid
FROM task JOIN main.msdyn_project pr ON pr.msdyn_projectid = demo_guid(12, p);
-- Billing milestones of the fixed-price lines: three each, the first ready for invoicing.
INSERT INTO main.msdyn_contractlinescheduleofvalue (msdyn_contractlinescheduleofvalueid, msdyn_name, msdyn_contractline, msdyn_project, msdyn_milestonedate, msdyn_milestoneamount, msdyn_invoicestatus)
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3 * (SELECT contracts FROM demo_size))
SELECT demo_guid(17, x), 'Milestone ' || ((x - 1) % 3 + 1), demo_guid(15, 2 * ((x + 2) / 3)), demo_guid(12, (x + 2) / 3),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-03-31', '+' || (((x - 1) % 3) * 3) || ' months'), 1000,
       CASE WHEN (x - 1) % 3 = 0 THEN 192350001 ELSE 192350000 END
FROM n;
INSERT INTO main.msdyn_estimate (msdyn_estimateid, msdyn_name, msdyn_project)
SELECT demo_guid(18, rowid), 'Estimate of ' || msdyn_projectnumber, msdyn_projectid FROM main.msdyn_project;
-- Estimate lines: expense cost, expense sales, expense cost, material cost per project.
INSERT INTO main.msdyn_estimateline (msdyn_estimatelineid, msdyn_estimate, msdyn_project, msdyn_task, msdyn_description, msdyn_transactionclassification, msdyn_transactiontypecode, msdyn_transactioncategory, msdyn_billingtype, msdyn_product, msdyn_unit, msdyn_quantity, msdyn_price, msdyn_amount, transactioncurrencyid, exchangerate, msdyn_documentdate, msdyn_startdatetime, msdyn_enddatetime)
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 4 * (SELECT projects FROM demo_size)),
line AS (SELECT x, (x - 1) / 4 + 1 AS p, (x - 1) % 4 + 1 AS j FROM n)
SELECT demo_guid(19, x), demo_guid(18, p), demo_guid(12, p), demo_guid(13, (p - 1) * 6 + ((j - 1) + 2 + (j - 1) / 2)),
       CASE j WHEN 4 THEN 'Hardware' ELSE 'Travel budget ' || j END,
       CASE j WHEN 4 THEN 192350002 ELSE 192350001 END, CASE j WHEN 2 THEN 192350005 ELSE 192350000 END,
       demo_guid(11, CASE j WHEN 4 THEN 8 WHEN 3 THEN 5 ELSE 4 END), 192350001,
       CASE j WHEN 4 THEN demo_guid(4, 1 + p % 20) END, demo_guid(3, CASE j WHEN 4 THEN 4 ELSE 3 END),
       2 + p % 5, 150 + j * 10, (2 + p % 5) * (150 + j * 10), pr.transactioncurrencyid, 1,
       pr.msdyn_scheduledstart, pr.msdyn_scheduledstart, pr.msdyn_scheduledend
FROM line JOIN main.msdyn_project pr ON pr.msdyn_projectid = demo_guid(12, p);
-- One named resource per leaf task, from the project's company.
INSERT INTO main.msdyn_resourceassignment (msdyn_resourceassignmentid, msdyn_name, msdyn_projectid, msdyn_taskid, msdyn_bookableresourceid, msdyn_fromdate, msdyn_todate, msdyn_hours, msdyn_plannedcost, msdyn_plannedsales, transactioncurrencyid, exchangerate)
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 4 * (SELECT projects FROM demo_size)),
line AS (SELECT x, (x - 1) / 4 + 1 AS p, (x - 1) % 4 AS j FROM n)
SELECT demo_guid(20, x), 'Assignment ' || x, demo_guid(12, p), demo_guid(13, (p - 1) * 6 + (j + 2 + j / 2)),
       demo_guid(8, ((x - 1) % ((SELECT workers FROM demo_size) / 3)) * 3 + ((p - 1) % 3) + 1),
       pr.msdyn_scheduledstart, pr.msdyn_scheduledend, 40 + (x % 5) * 8, (40 + (x % 5) * 8) * 70, (40 + (x % 5) * 8) * 115,
       pr.transactioncurrencyid, 1
FROM line JOIN main.msdyn_project pr ON pr.msdyn_projectid = demo_guid(12, p);
-- Proforma invoices: per contract one confirmed, one draft.
INSERT INTO main.invoice (invoiceid, invoicenumber, name, customerid, transactioncurrencyid, salesorderid, msdyn_projectinvoicestatus, msdyn_ordertype, msdyn_invoicedate, totalamount)
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2 * (SELECT contracts FROM demo_size))
SELECT demo_guid(23, x), 'PRF-' || printf('%06d', x), 'Invoice ' || x || ' for ' || o.ordernumber, o.customerid, o.transactioncurrencyid, o.salesorderid,
       CASE x % 2 WHEN 1 THEN 192350002 ELSE 192350000 END, 192350001,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-03-01', '+' || (((x + 1) / 2) * 5 % 250) || ' days'), 1000 + ((x + 1) / 2) * 37 % 5000
FROM n JOIN main.salesorder o ON o.salesorderid = demo_guid(14, (x + 1) / 2);
-- Actuals in pairs from approved time, expense and material: a cost actual (odd a) and its
-- unbilled sales actual (even a). Every 25th pair's unbilled sales actual is a negative one from
-- a proforma confirmation, which skips sync. Pairs k % 800 = 0 are cost actuals of billing type
-- Not available in USPM (which maps it); k % 800 = 400 the same in FRPM (which does not).
INSERT INTO main.msdyn_actual (msdyn_actualid, msdyn_description, msdyn_transactiontypecode, msdyn_transactionclassification, msdyn_billingtype, msdyn_billingstatus, msdyn_adjustmentstatus, msdyn_project, msdyn_task, msdyn_salescontract, msdyn_salescontractlineid, msdyn_contractorganizationalunitid, msdyn_resourceorganizationalunitid, msdyn_bookableresource, msdyn_transactioncategory, msdyn_unit, msdyn_product, msdyn_quantity, msdyn_price, msdyn_amount, transactioncurrencyid, exchangerate, msdyn_documentdate, msdyn_startdatetime, msdyn_enddatetime, msdyn_accountingdate, msdyn_exchangeratedate, msdyn_isjournalized, msdyn_skipsync, msdyn_owningcompany, msdyn_customertype, msdyn_amountmethod)
WITH RECURSIVE n(a) AS (SELECT 1 UNION ALL SELECT a + 1 FROM n WHERE a < (SELECT actuals FROM demo_size)),
pair AS (SELECT a, (a + 1) / 2 AS k, a % 2 AS cost FROM n),
placed AS (
    SELECT a, k, cost,
           CASE WHEN k % 800 = 400 THEN 3 + 3 * ((k / 800) % ((SELECT projects FROM demo_size) / 3))
                WHEN k % 800 = 0 THEN 1 + 3 * ((k / 800) % ((SELECT projects FROM demo_size) / 3))
                ELSE ((k - 1) % (SELECT projects FROM demo_size)) + 1 END AS p,
           CASE WHEN k % 10 < 7 THEN 0 WHEN k % 10 < 9 THEN 1 ELSE 2 END AS class,
           CASE WHEN cost = 1 AND k % 400 = 0 THEN 192350003 WHEN k % 50 = 7 THEN 192350002 WHEN k % 10 = 3 THEN 192350000 ELSE 192350001 END AS billing,
           strftime('%Y-%m-%d', '2025-01-06', '+' || (k % 300) || ' days') AS day
    FROM pair),
detail AS (
    SELECT a, k, cost, p, class, billing, day, ((p - 1) % 3) + 1 AS comp, ((p - 1) % (SELECT contracts FROM demo_size)) + 1 AS c,
           CASE class WHEN 0 THEN 1 + k % 8 WHEN 1 THEN 1 ELSE 1 + k % 3 END AS qty,
           round(CASE class WHEN 0 THEN 60 + (k % 5) * 10 WHEN 1 THEN 25 + k % 200 ELSE 40 + (k % 20 + 1) * 25 END * CASE WHEN cost = 1 THEN 1 ELSE 1.6 END, 2) AS price,
           (k % 4) + 2 + (k % 4) / 2 AS t
    FROM placed)
SELECT demo_guid(21, a),
       CASE class WHEN 0 THEN 'Time' WHEN 1 THEN 'Expense' ELSE 'Material' END || CASE cost WHEN 1 THEN ' cost' ELSE ' unbilled sales' END || ' ' || k,
       CASE cost WHEN 1 THEN 192350000 ELSE 192350005 END, 192350000 + class, billing,
       CASE WHEN cost = 1 THEN NULL WHEN k % 7 = 0 THEN 192350004 ELSE 192350000 END,
       CASE WHEN k % 40 = 1 THEN 192350001 END,
       demo_guid(12, p), demo_guid(13, (p - 1) * 6 + t), demo_guid(14, c), demo_guid(15, 2 * c - 1),
       demo_guid(10, CASE WHEN c % 39 = 17 THEN 3 ELSE comp END), demo_guid(10, comp),
       demo_guid(8, ((k - 1) % ((SELECT workers FROM demo_size) / 3)) * 3 + comp),
       demo_guid(11, CASE class WHEN 0 THEN 1 + k % 3 WHEN 1 THEN 4 + k % 3 ELSE 8 END),
       demo_guid(3, CASE class WHEN 0 THEN 1 WHEN 1 THEN 3 ELSE 4 END),
       CASE class WHEN 2 THEN demo_guid(4, 1 + k % 20) END,
       CASE WHEN cost = 0 AND k % 25 = 0 THEN -qty ELSE qty END, price,
       round(CASE WHEN cost = 0 AND k % 25 = 0 THEN -qty ELSE qty END * price, 2), demo_guid(2, comp), 1,
       day || 'T00:00:00Z', day || 'T09:00:00Z', day || 'T17:00:00Z', day || 'T00:00:00Z', day || 'T00:00:00Z',
       CASE WHEN cost = 1 AND k % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN cost = 0 AND k % 25 = 0 THEN 1 ELSE 0 END,
       demo_guid(1, comp), 192350001, 192350000
FROM detail;
INSERT INTO main.msdyn_transactionconnection (msdyn_transactionconnectionid, msdyn_transaction1, msdyn_transaction1role, msdyn_transaction1type, msdyn_transaction2, msdyn_transaction2role, msdyn_transaction2type, msdyn_transactiontypecode)
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < (SELECT actuals FROM demo_size) / 2)
SELECT demo_guid(22, k), demo_guid(21, 2 * k - 1), 192350000, 'msdyn_actual', demo_guid(21, 2 * k), 192350001, 'msdyn_actual', 192350005 FROM n;
