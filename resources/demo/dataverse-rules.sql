-- Business validations of the simulated Dataverse environment, as Project Operations' plug-ins
-- run them when a row is written: a write that breaks one fails with Dataverse's own words
-- (DOMAIN 8), which the sync reports as the record's error. Created after the demo data.
--
-- Vendor invoice lines: a product must be an active product of the catalog, and the
-- transaction category an active one.
CREATE TRIGGER msdyn_projectvendorinvoiceline_Product BEFORE INSERT ON msdyn_projectvendorinvoiceline WHEN NEW.msdyn_product IS NOT NULL AND NOT EXISTS (SELECT 1 FROM product p WHERE p.productid = NEW.msdyn_product AND p.statecode = 0)
BEGIN SELECT RAISE(ABORT, 'Product id is mandatory. Select a product from the catalog.'); END;
CREATE TRIGGER msdyn_projectvendorinvoiceline_ProductOnUpdate BEFORE UPDATE OF msdyn_product ON msdyn_projectvendorinvoiceline WHEN NEW.msdyn_product IS NOT NULL AND NOT EXISTS (SELECT 1 FROM product p WHERE p.productid = NEW.msdyn_product AND p.statecode = 0)
BEGIN SELECT RAISE(ABORT, 'Product id is mandatory. Select a product from the catalog.'); END;
CREATE TRIGGER msdyn_projectvendorinvoiceline_Category BEFORE INSERT ON msdyn_projectvendorinvoiceline WHEN NOT EXISTS (SELECT 1 FROM msdyn_transactioncategory c WHERE c.msdyn_transactioncategoryid = NEW.msdyn_transactioncategory AND c.statecode = 0)
BEGIN SELECT RAISE(ABORT, 'The Transaction Category linked to this vendor invoice line is invalid. Please select an Active, Expense Transaction Category.'); END;
CREATE TRIGGER msdyn_projectvendorinvoiceline_CategoryOnUpdate BEFORE UPDATE OF msdyn_transactioncategory ON msdyn_projectvendorinvoiceline WHEN NOT EXISTS (SELECT 1 FROM msdyn_transactioncategory c WHERE c.msdyn_transactioncategoryid = NEW.msdyn_transactioncategory AND c.statecode = 0)
BEGIN SELECT RAISE(ABORT, 'The Transaction Category linked to this vendor invoice line is invalid. Please select an Active, Expense Transaction Category.'); END;
-- Expenses: the activity number must name a leaf task; a task with subtasks is a phase.
CREATE TRIGGER msdyn_expense_Task BEFORE INSERT ON msdyn_expense WHEN NEW.msdyn_task IS NOT NULL AND EXISTS (SELECT 1 FROM msdyn_projecttask t WHERE t.msdyn_parenttask = NEW.msdyn_task)
BEGIN SELECT RAISE(ABORT, 'Could not resolve project task for export expense. The specified task activity number doesn''t uniquely identify the task'); END;
CREATE TRIGGER msdyn_expense_TaskOnUpdate BEFORE UPDATE OF msdyn_task ON msdyn_expense WHEN NEW.msdyn_task IS NOT NULL AND EXISTS (SELECT 1 FROM msdyn_projecttask t WHERE t.msdyn_parenttask = NEW.msdyn_task)
BEGIN SELECT RAISE(ABORT, 'Could not resolve project task for export expense. The specified task activity number doesn''t uniquely identify the task'); END;
