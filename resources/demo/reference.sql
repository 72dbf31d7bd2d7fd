-- Reference lists both demo environments are generated from. Runs first, on the generating
-- connection only (TEMP tables); demo_param holds the scale, demo_guid(kind, n) gives the stable
-- id of the n-th row of a kind, the same in both environments (DemoData registers it).
CREATE TEMP TABLE demo_company (company INTEGER PRIMARY KEY, code TEXT, cc TEXT, name TEXT, currency TEXT, country TEXT, language TEXT, unit TEXT);
INSERT INTO demo_company VALUES (1, 'USPM', 'US', 'Contoso Project Services US', 'USD', 'USA', 'en-us', 'Contoso Consulting US'), (2, 'GBPM', 'GB', 'Contoso Project Services UK', 'GBP', 'GBR', 'en-gb', 'Contoso Consulting UK'), (3, 'FRPM', 'FR', 'Contoso Services Projets France', 'EUR', 'FRA', 'fr', 'Contoso Conseil France');
CREATE TEMP TABLE demo_currency (k INTEGER PRIMARY KEY, code TEXT, name TEXT, symbol TEXT, rate REAL);
INSERT INTO demo_currency VALUES (1, 'USD', 'US Dollar', '$', 1.0), (2, 'GBP', 'Pound Sterling', '£', 0.79), (3, 'EUR', 'Euro', '€', 0.92);
-- Units: only these exist; a unit outside the list is unknown to both sides.
-- Each belongs to the unit group of its class (demo_unitgroup).
CREATE TEMP TABLE demo_unit (k INTEGER PRIMARY KEY, symbol TEXT, description TEXT, class TEXT, grp INTEGER);
INSERT INTO demo_unit VALUES (1, 'h', 'Hour', 'Time', 1), (2, 'd', 'Day', 'Time', 1), (3, 'ea', 'Each', 'Quantity', 2), (4, 'pcs', 'Pieces', 'Quantity', 2), (5, 'km', 'Kilometer', 'Length', 3), (6, 'box', 'Box', 'Quantity', 2), (7, 'kg', 'Kilogram', 'Mass', 4), (8, 'mth', 'Month', 'Time', 1);
CREATE TEMP TABLE demo_unitgroup (k INTEGER PRIMARY KEY, name TEXT, base TEXT);
INSERT INTO demo_unitgroup VALUES (1, 'Time', 'h'), (2, 'Quantity', 'ea'), (3, 'Length', 'km'), (4, 'Mass', 'kg');
-- Transaction categories (Dataverse): k = 9 was deactivated after project categories were set up for it.
CREATE TEMP TABLE demo_category (k INTEGER PRIMARY KEY, name TEXT, code TEXT, billingtype INTEGER, transtype TEXT, active INTEGER);
INSERT INTO demo_category VALUES (1, 'Consulting', 'CONSULT', 192350001, 'Hour', 1), (2, 'Development', 'DEV', 192350001, 'Hour', 1), (3, 'Project management', 'PM', 192350001, 'Hour', 1), (4, 'Travel', 'TRAVEL', 192350001, 'Expense', 1), (5, 'Hotel', 'HOTEL', 192350001, 'Expense', 1), (6, 'Meals', 'MEALS', 192350000, 'Expense', 1), (7, 'Training', 'TRAIN', 192350000, 'Fee', 1), (8, 'Hardware', 'HARDWARE', 192350001, 'Item', 1), (9, 'Legacy hardware', 'LEGACY', 192350001, 'Item', 0);
CREATE TEMP TABLE demo_expensecategory (k INTEGER PRIMARY KEY, code TEXT, name TEXT, type TEXT, receipt TEXT, category INTEGER);
INSERT INTO demo_expensecategory VALUES (1, 'AIRFARE', 'Airfare', 'Airline', 'Yes', 4), (2, 'HOTEL', 'Hotel', 'Hotel', 'Yes', 5), (3, 'MEALS', 'Meals', 'Meal', 'No', 6), (4, 'MILEAGE', 'Mileage', 'Mileage', 'No', 4), (5, 'TRAINING', 'Training', 'Conference', 'Yes', 7);
CREATE TEMP TABLE demo_role (k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO demo_role VALUES (1, 'Project Manager'), (2, 'Team Member'), (3, 'Consultant'), (4, 'Developer'), (5, 'Architect'), (6, 'Tester');
-- The four billing types of Dataverse, as Finance names them and as its messages spell them.
CREATE TEMP TABLE demo_billingtype (value INTEGER PRIMARY KEY, finance TEXT, label TEXT, lineproperty TEXT);
INSERT INTO demo_billingtype VALUES (192350000, 'NonChargeable', 'Non-chargeable', 'NonChargeable'), (192350001, 'Chargeable', 'Chargeable', 'Chargeable'), (192350002, 'Complimentary', 'Complimentary', 'NonChargeable'), (192350003, 'NotAvailable', 'Not available', 'NotAvailable');
CREATE TEMP TABLE demo_subject (k INTEGER PRIMARY KEY, subject TEXT);
INSERT INTO demo_subject VALUES (0, 'ERP rollout'), (1, 'Data centre move'), (2, 'Payroll upgrade'), (3, 'CRM implementation'), (4, 'Network refresh'), (5, 'Audit support'), (6, 'Warehouse automation'), (7, 'Portal redesign');
-- Every project has six tasks: phases 1 and 4, each with two leaf tasks (2, 3 and 5, 6). The
-- m-th leaf task (m = 0..3) is task m + 2 + m / 2.
-- Sizes at the scale asked for: a small firm at scale 1.
CREATE TEMP TABLE demo_size AS SELECT scale, 50 * scale AS projects, 39 * scale AS contracts, 60 * scale AS workers, 10 * scale AS customers, 8 AS vendors, 10000 * scale AS actuals, 300 * scale AS expenses, 60 * scale AS vendorinvoices FROM demo_param;
