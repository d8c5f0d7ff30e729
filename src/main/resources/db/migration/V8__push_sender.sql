-- The process sending a job (its pid, when it started, the machine's name), written with each
-- claim: on the same machine a job whose sender is gone (killed, crashed) is taken over at once
-- instead of when its lease runs out. The lease stays for senders on other machines.
ALTER TABLE push_jobs ADD COLUMN sender_pid INTEGER;
ALTER TABLE push_jobs ADD COLUMN sender_started INTEGER;   -- epoch ms of the process's start; NULL: unknown
ALTER TABLE push_jobs ADD COLUMN sender_host TEXT;
