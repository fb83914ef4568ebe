package be.vierdepijler.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of bench/generate/90-check.sql that hold for any database the application wrote (those that need the
 * generator's own schema bench_gen are left out): each query counts the rows that break the rule. Run after every
 * scenario; {@link #broken} answers the rules with a count above 0.
 */
public final class Consistency {

    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("trajectory hours are the sums of its entries", """
                select count(*) from trajectory t
                left join (select trajectory_id, sum(hours) filter (where status = 'CONFIRMED') as c,
                                  sum(hours) filter (where status in ('CONFIRMED', 'PENDING')) as r
                           from hour_entry group by trajectory_id) h on h.trajectory_id = t.id
                where t.confirmed_hours <> coalesce(h.c, 0) or t.reported_hours <> coalesce(h.r, 0)""");
        RULES.put("open trajectories are below their target, completed ones reached it", """
                select count(*) from trajectory t
                where (t.status in ('INTAKE', 'ACTIVE', 'STOPPED', 'EXEMPTED') and t.confirmed_hours >= t.target_hours)
                   or (t.status = 'COMPLETED' and t.confirmed_hours < t.target_hours)""");
        RULES.put("a completed trajectory has exactly one certificate, others none", """
                select count(*) from trajectory t
                where (t.status = 'COMPLETED') <> exists (select 1 from certificate c where c.trajectory_id = t.id)
                   or (select count(*) from certificate c where c.trajectory_id = t.id) > 1
                   or (t.status <> 'COMPLETED' and t.certificate_code is not null)""");
        RULES.put("a closed trajectory has nothing pending", """
                select count(*) from trajectory t
                where t.status in ('COMPLETED', 'STOPPED', 'EXEMPTED')
                  and exists (select 1 from hour_entry e where e.trajectory_id = t.id and e.status = 'PENDING')""");
        RULES.put("a person's day holds at most 24 hours", """
                select count(*) from (select t.newcomer_id, e.work_date from hour_entry e
                      join trajectory t on t.id = e.trajectory_id
                      where e.status <> 'REJECTED' group by 1, 2 having sum(e.hours) > 24) d""");
        RULES.put("decisions: who and how follow the status", """
                select count(*) from hour_entry
                where (status = 'PENDING' and (decided_at is not null or decided_by is not null or decided_as is not null))
                   or (status in ('CONFIRMED', 'REJECTED') and (decided_at is null or decided_by is null
                       or decided_as is null))""");
        RULES.put("places and duos taken are the running placements, never above the capacity", """
                select count(*) from (select o.places_taken as taken, o.capacity,
                       (select count(*) from placement p where p.offer_id = o.id and p.status = 'ACTIVE') as running
                   from offer o
                   union all
                   select b.duos_taken, b.capacity,
                       (select count(*) from placement p where p.buddy_id = b.id and p.status = 'ACTIVE')
                   from buddy b) x
                where x.taken <> x.running or x.taken > x.capacity""");
    }

    private Consistency() {
    }

    /** Each rule with the number of rows that break it. */
    public static Map<String, Long> check(Db db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        RULES.forEach((rule, sql) -> counts.put(rule, db.number(sql)));
        return counts;
    }

    public static Map<String, Long> broken(Map<String, Long> counts) {
        Map<String, Long> broken = new LinkedHashMap<>();
        counts.forEach((rule, n) -> {
            if (n != 0) {
                broken.put(rule, n);
            }
        });
        return broken;
    }
}
