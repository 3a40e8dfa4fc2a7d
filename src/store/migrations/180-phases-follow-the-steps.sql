-- ADR 0085: the phases a collaboration uses are the ones its steps (`process.transitions`) lead
-- from and to; the separate list `process.phases` left the configuration. Stored configurations
-- that have their steps lose the list (it said nothing the steps do not say). A configuration
-- from before the steps were configuration keeps it: loading it rebuilds the steps from the list
-- (services/config-upgrade.ts) and drops it then. Bumping updated_at makes every process read it anew.
UPDATE collaborations
SET config = jsonb_set(config, '{process}', (config -> 'process') - 'phases'),
    updated_at = now()
WHERE (config -> 'process') ? 'phases' AND (config -> 'process') ? 'transitions';
