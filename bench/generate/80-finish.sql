-- Step 8: the indexes and foreign keys dropped for the load come back exactly as the migrations made them (a foreign
-- key checks every row again), and every identity column continues after the generated ids.
\set ON_ERROR_STOP on

do $$
declare d record;
begin
    for d in select * from bench_gen.saved_ddl where kind = 'index' order by seq loop
        execute d.ddl;
    end loop;
    for d in select * from bench_gen.saved_ddl where kind = 'fk' order by seq loop
        execute d.ddl;
    end loop;
end $$;

do $$
declare c record; m bigint;
begin
    for c in select table_name, column_name from information_schema.columns
             where table_schema = 'public' and is_identity = 'YES' loop
        execute format('select max(%I) from public.%I', c.column_name, c.table_name) into m;
        if m is not null then
            perform setval(pg_get_serial_sequence('public.' || quote_ident(c.table_name), c.column_name), m);
        end if;
    end loop;
end $$;
