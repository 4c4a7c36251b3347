import type { DatabaseHandle } from '@/db/client';
import type { IsoDate } from '@/lib/time';

export type WorkloadSize = {
  agencies: number;
  sessions: number;
  directivesPerSession: number;
  tasksPerDirective: number;
};

/**
 * Generated steering-committee work at any scale, for tests and benchmarks: agencies of every kind (one
 * in 25 ended on 30/06/2025 with its open work handed to a successor), two committees, sessions from
 * January 2022 to `today`, directives in every reform area (some cross-cutting, unclassified or
 * confidential), and tasks in every timeliness class, undated and recurring ones, extended deadlines,
 * coordinators and a few cancellations. Everything is written by SQL; `bulk` switches the task triggers
 * off while loading and recounts the tallies once at the end (as a restore would).
 */
export async function generateWorkload(
  h: DatabaseHandle,
  size: WorkloadSize,
  options: { today: IsoDate; prefix?: string; bulk?: boolean },
): Promise<{ tasks: number }> {
  const p = options.prefix ?? 'W';
  const today = `'${options.today}'::date`;
  const n = (v: number) => Math.max(1, Math.floor(v));
  const A = n(size.agencies);
  const run = (text: string) => h.query(text);

  await run(`insert into agencies (code, name, kind, is_central, valid_from, valid_to)
    select '${p}-A' || i, 'Cơ quan ${p} ' || i,
      (array['ministry','ministry_level','government_agency','province','provincial_department','commune','state_enterprise','other'])[1 + i % 8]::agency_kind,
      i % 8 < 3, '2020-01-01', case when i % 25 = 0 and i < ${A} then '2025-06-30'::date end
    from generate_series(1, ${A}) i`);
  await run(`update agencies a set successor_id = b.id from agencies b
    where a.code like '${p}-A%' and a.valid_to is not null and b.code = '${p}-A' || (substring(a.code from '${p}-A(\\d+)')::int + 1)`);
  await run(`insert into committees (code, name, level) values
    ('${p}-C1', 'Ban Chỉ đạo ${p} trung ương', 'central'), ('${p}-C2', 'Ban Chỉ đạo ${p} cấp tỉnh', 'provincial')`);
  await run(`insert into sessions (committee_id, number, title, starts_at, format, status)
    select (select id from committees where code = '${p}-C' || (1 + i % 2)), i, 'Phiên ${p} ' || i,
      ('2022-01-03'::date + ((${today} - '2022-01-03'::date - 20) * (i - 1) / ${n(size.sessions)}))::timestamp + interval '1 hour',
      'online', 'minutes_published'
    from generate_series(1, ${n(size.sessions)}) i`);
  await run(`insert into directives (session_id, ordinal, position, text, issued_by, is_cross_cutting, is_confidential)
    select s.id, j::text, j, 'Nội dung chỉ đạo ' || j || ' của ' || s.title, 'Thủ tướng Chính phủ',
      random() < 0.08, random() < 0.03
    from sessions s cross join generate_series(1, ${n(size.directivesPerSession)}) j where s.title like 'Phiên ${p} %'`);
  // Two series, as the app numbers them (decision 021): public 1, 2, 3 …; confidential M1, M2 …
  await run(`update directives d set ordinal = x.ordinal
    from (select d.id, case when d.is_confidential then 'M' else '' end
                 || row_number() over (partition by d.session_id, d.is_confidential order by d.position, d.id) as ordinal
            from directives d join sessions s on s.id = d.session_id and s.title like 'Phiên ${p} %') x
    where d.id = x.id`);
  await run(`insert into directive_areas (directive_id, area_id)
    select d.id, a.id from directives d join sessions s on s.id = d.session_id and s.title like 'Phiên ${p} %'
      cross join lateral (select floor(random() * 7)::int as r1, floor(random() * 3)::int as r2) r
      join reform_areas a on a.position in (r.r1, case when r.r2 = 0 then 1 + (r.r1 + 2) % 6 end)
    where not d.is_cross_cutting`);

  const triggers = ['tasks_fill_dimensions', 'tasks_tally'];
  if (options.bulk) for (const t of triggers) await run(`alter table tasks disable trigger ${t}`);
  try {
    await run(`with ag as (select array_agg(id order by id) ids from agencies where code like '${p}-A%'),
      d as (select d.id, d.session_id, s.committee_id, (s.starts_at at time zone 'Asia/Ho_Chi_Minh')::date as day,
              directive_report_area(d.id) as area
            from directives d join sessions s on s.id = d.session_id where s.title like 'Phiên ${p} %'),
      picked as (
        select d.*, ag.ids[1 + (d.id * 7 + k * 11) % ${A}] as agency, random() as r_kind, random() as r_done,
          random() as r_late, random() as r_ext, (15 + random() * 300)::int as span, random() < 0.01 as cancelled
        from d, ag, generate_series(1, ${n(size.tasksPerDirective)}) k),
      shaped as (
        select p.*, case when p.r_kind < 0.8 then 'dated' when p.r_kind < 0.9 then 'urgent' else 'recurring' end as kind,
          p.day + p.span as due,
          case when p.r_ext < 0.1 then p.day + p.span - 10 - (p.r_ext * 600)::int end as first_due,
          coalesce((select a.successor_id from agencies a where a.id = p.agency and a.valid_to < p.day), p.agency) as lead
        from picked p),
      x as (
        select s.*, case
          when s.cancelled or s.kind = 'recurring' then null
          when s.kind = 'urgent' then case when s.r_done < 0.7 and s.day + 30 <= ${today} then s.day + 5 + (s.r_late * 25)::int end
          when s.due < ${today} and s.r_done < 0.92 then
            case when s.r_late < 0.86 then greatest(s.day, s.due - (s.r_late * 20)::int)
                 else least(${today}, s.due + 1 + ((s.r_late - 0.86) * 400)::int) end
          when s.due >= ${today} and s.r_done < 0.35 and s.day + 10 <= ${today} then s.day + 10
        end as done
        from shaped s)
      insert into tasks (directive_id, lead_agency_id, assigned_agency_id, deadline_kind, original_due_date, due_date,
        recurrence, status, progress, completed_on, assigned_on, cancel_reason, session_id, committee_id, area_code)
      select x.id, x.lead, x.lead, x.kind::deadline_kind,
        case when x.kind = 'dated' then coalesce(x.first_due, x.due) end,
        case when x.kind = 'dated' then x.due end,
        case when x.kind = 'recurring' then 'quarterly'::recurrence_period end,
        (case when x.cancelled then 'cancelled' when x.done is not null then 'completed'
              when x.r_done < 0.5 then 'in_progress' else 'not_started' end)::task_status,
        case when x.cancelled then 0 when x.done is not null then 100 when x.r_done < 0.5 then 10 + (x.r_done * 160)::int else 0 end,
        x.done, x.day, case when x.cancelled then 'Không còn phù hợp' end,
        x.session_id, x.committee_id, x.area
      from x`);
    // Merged agencies: their open work passes to the successor; the first assignee stays on record.
    await run(`update tasks t set lead_agency_id = a.successor_id from agencies a
      where a.id = t.lead_agency_id and a.code like '${p}-A%' and a.valid_to is not null
        and t.status in ('not_started', 'in_progress')`);
    await run(`insert into task_coordinators (task_id, agency_id)
      select t.id, (select id from agencies where code = '${p}-A' || (1 + (t.id * 3) % ${A}))
      from tasks t join directives d on d.id = t.directive_id join sessions s on s.id = d.session_id
      where s.title like 'Phiên ${p} %' and t.id % 5 = 0 and t.lead_agency_id <> (select id from agencies where code = '${p}-A' || (1 + (t.id * 3) % ${A}))`);
  } finally {
    if (options.bulk) for (const t of triggers) await run(`alter table tasks enable trigger ${t}`);
  }
  if (options.bulk) await run(`select task_tallies_rebuild(${today})`);
  await run('analyze');
  const [row] = await h.query<{ n: number }>(
    `select count(*)::int as n from tasks t join sessions s on s.id = t.session_id where s.title like 'Phiên ${p} %'`,
  );
  return { tasks: Number(row?.n ?? 0) };
}
