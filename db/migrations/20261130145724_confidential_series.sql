-- Decision 021. Confidential directives are numbered in their own series (M1, M2 …; sub-items of a
-- confidential item M1a, M1b …), the public series counting public items only, as lib/directives/mutations.ts
-- (deriveOrdinals) does from now on; and what was written about them before in notices and emails loses
-- their text.

-- A sub-item of a confidential item is confidential (it is numbered under it and would name it).
UPDATE directives c SET is_confidential = true
  FROM directives p
  WHERE c.parent_id = p.id AND p.is_confidential AND NOT c.is_confidential;
--> statement-breakpoint
-- Top-level public items 1, 2, 3 …; confidential items (top level, or under a public item) M1, M2 … in
-- document order.
WITH items AS (
  SELECT d.id, d.session_id, d.parent_id, d.is_confidential, p.is_confidential AS parent_confidential,
         coalesce(p.position, d.position) AS k1, (d.parent_id IS NOT NULL)::int AS k2, d.position AS k3
    FROM directives d LEFT JOIN directives p ON p.id = d.parent_id
   WHERE d.session_id IS NOT NULL
), labels AS (
  SELECT id, (row_number() OVER (PARTITION BY session_id ORDER BY k1, id))::text AS ordinal
    FROM items WHERE parent_id IS NULL AND NOT is_confidential
  UNION ALL
  SELECT id, 'M' || row_number() OVER (PARTITION BY session_id ORDER BY k1, k2, k3, id)
    FROM items WHERE is_confidential AND (parent_id IS NULL OR NOT parent_confidential)
)
UPDATE directives d SET ordinal = l.ordinal FROM labels l WHERE d.id = l.id AND d.ordinal <> l.ordinal;
--> statement-breakpoint
-- Sub-items: lettered under their parent, counting the public ones under a public item and all of them
-- under a confidential one.
WITH subs AS (
  SELECT c.id, p.ordinal || coalesce(
           (ARRAY['a','b','c','d','đ','e','g','h','i','k','l','m','n','o','p','q','r','s','t','u','v','x','y'])
             [row_number() OVER (PARTITION BY c.parent_id ORDER BY c.position, c.id)],
           (row_number() OVER (PARTITION BY c.parent_id ORDER BY c.position, c.id))::text) AS ordinal
    FROM directives c JOIN directives p ON p.id = c.parent_id
   WHERE p.is_confidential OR NOT c.is_confidential
)
UPDATE directives d SET ordinal = s.ordinal FROM subs s WHERE d.id = s.id AND d.ordinal <> s.ordinal;
--> statement-breakpoint
-- Notices about a task of a confidential directive, and digests that quote such a directive: the
-- neutral line in place of their body.
UPDATE notifications n SET body = 'Nhiệm vụ mật — đăng nhập để xem nội dung.'
 WHERE n.body IS DISTINCT FROM 'Nhiệm vụ mật — đăng nhập để xem nội dung.'
   AND (n.link IN (SELECT '/tasks/' || t.id FROM tasks t JOIN directives d ON d.id = t.directive_id
                    WHERE d.is_confidential)
        OR (n.kind = 'digest' AND EXISTS (SELECT 1 FROM directives d
                    WHERE d.is_confidential AND strpos(coalesce(n.body, ''), left(d.text, 30)) > 0)));
--> statement-breakpoint
-- Their emails (same key), and digests that quote such a directive: text and HTML replaced.
UPDATE email_outbox o
   SET text = 'Nhiệm vụ mật — đăng nhập để xem nội dung. (Nội dung thư đã được gỡ khỏi hộp thư đi.)',
       html = '<!doctype html><html lang="vi"><body><p>Nhiệm vụ mật — đăng nhập để xem nội dung. (Nội dung thư đã được gỡ khỏi hộp thư đi.)</p></body></html>'
 WHERE o.dedupe_key IN (SELECT n.dedupe_key FROM notifications n
                         WHERE n.link IN (SELECT '/tasks/' || t.id FROM tasks t
                                            JOIN directives d ON d.id = t.directive_id WHERE d.is_confidential))
    OR (o.dedupe_key LIKE 'digest:%' AND EXISTS (SELECT 1 FROM directives d
                WHERE d.is_confidential AND strpos(o.text, left(d.text, 30)) > 0));
