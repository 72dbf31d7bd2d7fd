-- Finance side of the demo: the master data Finance owns and the documents posted in Finance
-- (expense lines, vendor invoices, customer invoices). Runs with the Finance database attached
-- as "fin" after reference.sql. Project references use the project IDs and task ids the
-- Dataverse side gets from the same formulas (dataverse-data.sql).
--
-- Planted failure causes (DOMAIN 8), a small share of the documents:
--   * vendor invoice lines with unit TST, which Finance's units do not know;
--   * vendor invoice lines for product P9001, which is still a Draft and so not in the catalog;
--   * vendor invoice lines on project category <cc>-LEGACY, whose transaction category is inactive;
--   * vendor invoices of vendor <company>-000022, which does not exist;
--   * expense lines on a phase (a parent task) instead of one of its leaf tasks;
--   * no line property for billing type Not available in FRPM (ProjBillingTypeDefaultsEntity).
INSERT INTO fin.OMLegalEntity (LegalEntityId, Name, CompanyType, AddressCountryRegionId, LanguageId, PartyType, IntegrationId)
SELECT code, name, 'Organization', country, language, 'Organization', demo_guid(1, company) FROM demo_company;
INSERT INTO fin.LedgerEntity (LegalEntityId, Name, AccountingCurrency, ReportingCurrency, ChartOfAccounts, FiscalCalendar)
SELECT code, name, currency, 'USD', 'Shared', 'Fiscal' FROM demo_company;
INSERT INTO fin.CurrencyEntity (CurrencyCode, Name, Symbol, IntegrationId)
SELECT code, name, symbol, demo_guid(2, k) FROM demo_currency;
-- Monthly default rates between every pair of the three currencies in 2025.
INSERT INTO fin.ExchangeRateCDSEntity (ExchangeRateTypeName, ExchangeRateTypeId, FromCurrencyCode, ToCurrencyCode, ExchangeRateCurrencyPairId, Rate, ExchangeRateForStorage, ValidFrom, ValidTo)
WITH RECURSIVE month(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM month WHERE m < 11)
SELECT 'Default', 'Default', a.code, b.code, a.code || '-' || b.code,
       CAST(round(b.rate / a.rate * (1 + (m % 4 - 1.5) / 100.0), 6) AS TEXT),
       CAST(round(b.rate / a.rate * (1 + (m % 4 - 1.5) / 100.0), 6) AS TEXT),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || m || ' months'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (m + 1) || ' months', '-1 seconds')
FROM demo_currency a JOIN demo_currency b ON a.k <> b.k, month;
INSERT INTO fin.UnitOfMeasureEntity (UnitSymbol, UnitDescription, UnitClass, DecimalPrecision, UnitGroupId, IntegrationId)
SELECT symbol, description, class, '2', demo_guid(32, grp), demo_guid(3, k) FROM demo_unit;
-- 20 released products; P9001 is still a Draft in its lifecycle.
INSERT INTO fin.CDSReleasedDistinctProductsEntity (ItemNumber, ProductName, ProductType, ProductLifecycleState, InventoryUnitSymbol, SalesPrice, IntegrationId)
WITH RECURSIVE item(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM item WHERE i < 20)
SELECT 'P' || (999 + i), CASE i % 4 WHEN 0 THEN 'Network switch ' WHEN 1 THEN 'Laptop ' WHEN 2 THEN 'Server rack ' ELSE 'Installation kit ' END || i,
       CASE WHEN i % 10 = 0 THEN 'Service' ELSE 'Item' END, 'Active', 'pcs', CAST(40 + i * 25 AS TEXT), demo_guid(4, i)
FROM item
UNION ALL SELECT 'P9001', 'Prototype board', 'Item', 'Draft', 'pcs', '380', demo_guid(4, 99);
INSERT INTO fin.CustCustomerV3Entity (CustomerAccount, DataAreaId, OrganizationName, CustomerGroupId, SalesCurrencyCode, AddressCity, AddressCountryRegionId, PrimaryContactEmail, IntegrationId)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT customers FROM demo_size))
SELECT cc || '-C' || printf('%04d', i), code, 'Fabrikam ' || cc || ' ' || i, 'CUST', currency,
       CASE company WHEN 1 THEN 'Seattle' WHEN 2 THEN 'London' ELSE 'Lyon' END, country,
       'ap' || i || '@fabrikam-' || lower(cc) || '.example', demo_guid(6, (company - 1) * 100000 + i)
FROM n, demo_company;
INSERT INTO fin.VendVendorV2Entity (VendorAccountNumber, DataAreaId, VendorOrganizationName, VendorGroupId, CurrencyCode, IntegrationId)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT vendors FROM demo_size))
SELECT code || '-' || printf('%06d', i), code, 'Northwind ' || cc || ' supplier ' || i, 'SUBCON', currency, demo_guid(5, (company - 1) * 1000 + i)
FROM n, demo_company;
INSERT INTO fin.HcmWorkerEntity (PersonnelNumber, FirstName, LastName, PrimaryEmail, IntegrationId)
WITH RECURSIVE n(w) AS (SELECT 1 UNION ALL SELECT w + 1 FROM n WHERE w < (SELECT workers FROM demo_size))
SELECT printf('%06d', w), CASE w % 5 WHEN 0 THEN 'Alex' WHEN 1 THEN 'Maria' WHEN 2 THEN 'Jonas' WHEN 3 THEN 'Aiko' ELSE 'Luca' END,
       'Worker' || w, 'worker' || w || '@contoso.example', demo_guid(7, w)
FROM n;
-- Project categories per company, one per transaction category (LEGACY's is inactive now).
INSERT INTO fin.ProjCategoryEntity (ProjectCategoryId, DataAreaId, Name, CategoryGroup, TransactionType, TransactionCategoryId)
SELECT cc || '-' || g.code, c.code, g.name, upper(g.transtype), g.transtype, demo_guid(11, g.k)
FROM demo_company c, demo_category g;
-- Billing type defaults: every company maps every billing type, except FRPM "Not available".
INSERT INTO fin.ProjBillingTypeDefaultsEntity (DataAreaId, BillingType, LineProperty)
SELECT c.code, b.finance, b.lineproperty FROM demo_company c, demo_billingtype b
WHERE NOT (c.code = 'FRPM' AND b.finance = 'NotAvailable');
INSERT INTO fin.ProjExpenseCategoryExportEntity (ExpenseCategoryId, DataAreaId, Name, ExpenseType, ReceiptRequired, TransactionCategoryId, IntegrationId)
SELECT c.cc || '-' || e.code, c.code, e.name, e.type, e.receipt, demo_guid(11, e.category), demo_guid(24, (c.company - 1) * 100 + e.k)
FROM demo_company c, demo_expensecategory e;
-- Expense lines of posted expense reports. Every 20th is only approved (not posted), every 15th
-- has no project; both stay out of the export. Every 100th (from the 50th) names a phase.
INSERT INTO fin.TrvExpTransEntity (ExpenseTransactionNumber, LegalEntity, Company, LegalEntityDataAreaId, ExpenseReportNumber, LineNumber, Currency, TransactionAmount, AmountMST, ActualSalesTaxAmount, SalesTaxAmountInCompanyCurrency, ExchangeRate, ApprovalStatus, Purpose, AdditionalInformation, ExpenseCategory, CategoryDescription, ProjectID, ActivityNumber, TransactionDate, EmployeePersonnelNumber, Billable, Unit)
WITH RECURSIVE n(e) AS (SELECT 1 UNION ALL SELECT e + 1 FROM n WHERE e < (SELECT expenses FROM demo_size)),
line AS (SELECT e, ((e - 1) % 3) + 1 AS c, ((e - 1) % 5) + 1 AS x, ((e - 1) % 3) + 1 + 3 * ((e * 7) % ((SELECT projects FROM demo_size) / 3)) AS p,
                round(20 + (e * 37) % 400 + 0.5, 2) AS amount FROM n)
SELECT 'EXP-' || printf('%07d', e), d.code, d.code, d.code, 'ER-' || printf('%06d', (e + 2) / 3), ((e - 1) % 3) + 1, d.currency,
       CAST(amount AS TEXT), CAST(amount AS TEXT), CAST(round(amount * 0.1, 2) AS TEXT), CAST(round(amount * 0.1, 2) AS TEXT), '1',
       CASE WHEN e % 20 = 7 THEN 'Approved' ELSE 'Ledger' END,
       x.name || ' for ' || d.code || '-PRJ-' || printf('%06d', p), 'Expense report line ' || e,
       d.cc || '-' || x.code, x.name,
       CASE WHEN e % 15 = 4 THEN NULL ELSE d.code || '-PRJ-' || printf('%06d', p) END,
       CASE WHEN e % 15 = 4 THEN NULL WHEN e % 100 = 50 THEN demo_guid(13, (p - 1) * 6 + 1)
            ELSE demo_guid(13, (p - 1) * 6 + ((e % 4) + 2 + (e % 4) / 2)) END,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-02-03', '+' || (e % 280) || ' days'),
       printf('%06d', ((e - 1) % ((SELECT workers FROM demo_size) / 3)) * 3 + line.c), 'Yes',
       CASE x.code WHEN 'MILEAGE' THEN 'km' ELSE 'ea' END
FROM line JOIN demo_company d ON d.company = line.c JOIN demo_expensecategory x ON x.k = line.x;
-- Posted vendor invoices. Every 30th (from the 15th) is from vendor <company>-000022, which does
-- not exist; its lines carry no project.
INSERT INTO fin.VendorInvoiceHeaderEntity (HeaderReference, IntegrationId, DataAreaId, InvoiceNumber, InvoiceAccount, VendorAccount, VendorName, Currency, InvoiceDate, Date, InvoiceDescription, PostingProfile, IsApproved)
WITH RECURSIVE n(h) AS (SELECT 1 UNION ALL SELECT h + 1 FROM n WHERE h < (SELECT vendorinvoices FROM demo_size))
SELECT 'VI-' || printf('%06d', h), demo_guid(27, h), d.code, 'NW-' || (10000 + h),
       d.code || '-' || printf('%06d', CASE WHEN h % 30 = 15 THEN 22 ELSE ((h - 1) / 3) % 8 + 1 END),
       d.code || '-' || printf('%06d', CASE WHEN h % 30 = 15 THEN 22 ELSE ((h - 1) / 3) % 8 + 1 END),
       'Northwind ' || d.cc || ' supplier', d.currency,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-02-10', '+' || (h * 4 % 300) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-02-10', '+' || (h * 4 % 300) || ' days'),
       'Subcontracted work and material', 'GEN', 'Yes'
FROM n JOIN demo_company d ON d.company = ((h - 1) % 3) + 1;
-- Three lines per invoice: material (a product), expense, subcontracted hours. Planted: unit TST
-- (every 20th invoice from the 7th, expense line), product P9001 (every 30th from the 10th,
-- material line), project category LEGACY (every 30th from the 20th, material line).
INSERT INTO fin.VendorInvoiceLineEntity (HeaderReference, LineNumber, InvoiceLineNumber, ExternalInvoiceLine, LineDescription, ItemNumber, ProcurementCategory, ProjectId, ActivityNumber, ProjectCategory, LineProperty, ReceiveNow, UnitPrice, NetAmount, Amount, Unit, Currency, InvoiceAccount, VendorAccount, DataAreaCompany, LegalEntity)
WITH RECURSIVE n(l) AS (SELECT 1 UNION ALL SELECT l + 1 FROM n WHERE l < 3 * (SELECT vendorinvoices FROM demo_size)),
line AS (SELECT l, (l + 2) / 3 AS h, ((l - 1) % 3) + 1 AS i FROM n),
placed AS (SELECT l, h, i, ((h - 1) % 3) + 1 AS c, ((h - 1) % 3) + 1 + 3 * ((h * 11) % ((SELECT projects FROM demo_size) / 3)) AS p,
                  (i * 2 + h) % 9 + 1 AS qty, CASE i WHEN 1 THEN 65 + h % 7 * 40 WHEN 2 THEN 12.5 + h % 5 ELSE 85 END AS price FROM line)
SELECT 'VI-' || printf('%06d', h), i, i, 'VI-' || printf('%06d', h) || '-' || i,
       CASE i WHEN 1 THEN 'Hardware for site ' || h WHEN 2 THEN 'Travel and supplies' ELSE 'Subcontracted hours' END,
       CASE WHEN i <> 1 THEN NULL WHEN h % 30 = 10 THEN 'P9001' ELSE 'P' || (1000 + h % 20) END,
       CASE i WHEN 1 THEN 'Hardware' WHEN 2 THEN 'Travel' ELSE 'Consulting' END,
       CASE WHEN h % 30 = 15 OR (i = 3 AND h % 4 = 0) THEN NULL ELSE d.code || '-PRJ-' || printf('%06d', p) END,
       CASE WHEN h % 30 = 15 OR (i = 3 AND h % 4 = 0) THEN NULL ELSE demo_guid(13, (p - 1) * 6 + ((h % 4) + 2 + (h % 4) / 2)) END,
       d.cc || '-' || CASE WHEN i = 1 AND h % 30 = 20 THEN 'LEGACY' WHEN i = 1 THEN 'HARDWARE' WHEN i = 2 THEN 'TRAVEL' ELSE 'CONSULT' END,
       'Chargeable', CAST(qty AS TEXT), CAST(price AS TEXT), CAST(round(qty * price, 2) AS TEXT), CAST(round(qty * price, 2) AS TEXT),
       CASE WHEN i = 2 AND h % 20 = 7 THEN 'TST' WHEN i = 1 THEN 'pcs' WHEN i = 2 THEN 'ea' ELSE 'h' END,
       d.currency, d.code || '-' || printf('%06d', ((h - 1) / 3) % 8 + 1), d.code || '-' || printf('%06d', ((h - 1) / 3) % 8 + 1), d.code, d.code
FROM placed JOIN demo_company d ON d.company = placed.c;
-- Customer invoices posted in Finance for the confirmed proforma invoice of every second
-- contract (the proforma numbers are those of dataverse-data.sql).
INSERT INTO fin.ProjInvoiceProposalExportEntity (InvoiceProposalId, DataAreaId, InvoiceNumber, InvoiceDate, InvoiceStatus, SalesTaxAmount, InvoiceAmount, CurrencyCode)
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < (SELECT contracts FROM demo_size))
SELECT 'PRF-' || printf('%06d', 2 * x - 1), d.code, d.cc || '-CI-' || printf('%06d', x),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-03-03', '+' || (x * 5 % 250) || ' days'), 'Posted',
       CAST(round((1000 + x * 37 % 5000) * 0.2, 2) AS TEXT), CAST(round((1000 + x * 37 % 5000) * 1.2, 2) AS TEXT), d.currency
FROM n JOIN demo_company d ON d.company = ((x - 1) % 3) + 1
WHERE x % 2 = 0 AND x % 39 <> 17;
