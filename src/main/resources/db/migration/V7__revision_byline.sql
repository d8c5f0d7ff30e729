-- A revision keeps the byline as it read then ("홍길동·김철수", "사진=김사진"), so comparing two
-- shows a changed byline and restoring one brings it back. NULL: kept before Byline recorded it.
ALTER TABLE revisions ADD COLUMN byline TEXT;
