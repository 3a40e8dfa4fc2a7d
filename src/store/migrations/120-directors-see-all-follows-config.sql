-- Whether every process director sees every case (`process.allDirectorsSeeAllCases`) is part of
-- the collaboration's configuration. Row-Level Security reads it from the column
-- `all_directors_see_all`, which was only filled at installation: a configuration changed later
-- (an upgrade, an administrator's edit) left the column, and so the access rule, behind. The
-- column now follows the configuration on every write, and existing rows are brought in line.
CREATE FUNCTION casustafel_directors_see_all_from_config() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.all_directors_see_all := COALESCE((NEW.config -> 'process' ->> 'allDirectorsSeeAllCases')::boolean, NEW.all_directors_see_all);
  RETURN NEW;
END;
$$;
CREATE TRIGGER collaborations_directors_see_all BEFORE INSERT OR UPDATE OF config ON collaborations
  FOR EACH ROW EXECUTE FUNCTION casustafel_directors_see_all_from_config();

UPDATE collaborations
   SET all_directors_see_all = COALESCE((config -> 'process' ->> 'allDirectorsSeeAllCases')::boolean, all_directors_see_all);
