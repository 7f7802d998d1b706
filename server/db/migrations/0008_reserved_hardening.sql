-- Placeholder: replaced by the change that owns this migration number.
SELECT 1;
