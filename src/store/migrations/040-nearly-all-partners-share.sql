-- §3.2 proportionality: collaborations installed before the setting existed get the canonical
-- share (asking 80 % or more of the core partners in one case needs a justification), so their
-- stored configuration stays valid. Bumping updated_at makes every process read it anew.
UPDATE collaborations
SET config = jsonb_set(config, '{process,nearlyAllPartnersShare}', '0.8'::jsonb, true),
    updated_at = now()
WHERE config ? 'process' AND NOT (config -> 'process') ? 'nearlyAllPartnersShare';
