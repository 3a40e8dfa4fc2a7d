-- A partner's consent to a third party may be given in writing (seed 001 art. 7.2: what an RTO
-- discussed goes to a third party only with the prior written consent of the partner that
-- provided it). Per consenting partner the date its written consent was signed:
-- [{ "partnerId": "<uuid>", "signedAt": "<ISO date-time>" }]. No personal data of a subject.
ALTER TABLE third_parties ADD COLUMN written_consents jsonb NOT NULL DEFAULT '[]'::jsonb;
