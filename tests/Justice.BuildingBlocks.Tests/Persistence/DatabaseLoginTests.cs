using Justice.Persistence;
using Justice.Testing;
using Npgsql;

namespace Justice.BuildingBlocks.Tests.Persistence;

/// <summary>
/// The database wall: each service's login, provisioned as the AppHost provisions it, reaches its own database and
/// nothing else, and may only add to and read its security audit log.
/// </summary>
public sealed class DatabaseLoginTests : IAsyncLifetime
{
    private readonly TestDatabase _training = new("walltraining");
    private readonly TestDatabase _network = new("wallnetwork");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _training.DisposeAsync();
        await _network.DisposeAsync();
    }

    [Fact]
    public async Task A_services_login_connects_to_its_own_database_and_to_no_other()
    {
        Assert.Equal(_training.Name, await ScalarAsync<string>(_training.ConnectionString, "select current_user"));

        foreach (var other in new[] { _network.Name, "postgres", "template1" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() =>
                ScalarAsync<int>(new NpgsqlConnectionStringBuilder(_training.ConnectionString) { Database = other }.ConnectionString, "select 1"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    [Fact]
    public async Task A_services_login_owns_its_database_and_may_not_make_roles_or_databases()
    {
        Assert.False(await _training.ScalarAsync<bool>(
            $"select rolsuper or rolcreatedb or rolcreaterole or rolreplication or rolbypassrls from pg_roles where rolname = '{_training.Name}'"));
        Assert.Equal(_training.Name, await ScalarAsync<string>(_training.ConnectionString,
            "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"));
        Assert.False(await _training.ScalarAsync<bool>(
            $"select rolcanlogin from pg_roles where rolname = '{DatabaseProvisioning.AuditRole(_training.Name)}'"));
    }

    [Fact]
    public async Task A_services_login_adds_to_and_reads_its_audit_log()
    {
        await ExecuteAsync(_training.ConnectionString,
            "insert into audit.security_audit (occurred_at, actor, action, outcome) values (now(), 'wall-test', 'probe', 'allowed')");

        Assert.Equal(1L, await ScalarAsync<long>(_training.ConnectionString, "select count(*) from audit.security_audit where actor = 'wall-test'"));
    }

    private const string ReadProbe =
        "insert into audit.personal_data_reads (occurred_at, actor, role, subject, purpose, outcome) values (now(), 'wall-test', 'probe', 'victim/none', 'assessment', 'served')";

    [Theory]
    [InlineData("update audit.personal_data_reads set purpose = 'changed'")]
    [InlineData("delete from audit.personal_data_reads")]
    [InlineData("truncate audit.personal_data_reads")]
    [InlineData("alter table audit.personal_data_reads disable trigger personal_data_reads_chain")]
    [InlineData("alter table audit.personal_data_reads disable trigger all")]
    [InlineData("drop table audit.personal_data_reads")]
    [InlineData("create or replace function audit.personal_data_reads_chain() returns trigger language plpgsql as 'begin return new; end'")]
    public async Task A_services_login_cannot_change_remove_or_unchain_its_personal_data_read_log(string sql)
    {
        await ExecuteAsync(_network.ConnectionString, ReadProbe);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(_network.ConnectionString, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1L, await _network.ScalarAsync<long>("select count(*) from audit.personal_data_reads where actor = 'wall-test' and purpose = 'assessment'"));
        Assert.Equal(3L, await _network.ScalarAsync<long>(
            "select count(*) from pg_trigger where tgrelid = 'audit.personal_data_reads'::regclass and tgenabled = 'A'"));
    }

    [Fact]
    public async Task A_services_login_cannot_choose_a_read_log_rows_number_or_hash()
    {
        await ExecuteAsync(_training.ConnectionString, ReadProbe);
        await ExecuteAsync(_training.ConnectionString,
            "insert into audit.personal_data_reads (id, occurred_at, actor, role, subject, purpose, outcome, previous_hash, hash) "
            + "values (1000, now(), 'forger', 'probe', 'victim/none', 'assessment', 'served', '\\x00', '\\x00')");

        Assert.Equal(2L, await _training.ScalarAsync<long>("select id from audit.personal_data_reads where actor = 'forger'"));
        Assert.True(await _training.ScalarAsync<bool>("""
            select bool_and(r.hash = audit.personal_data_reads_hash(r.previous_hash, r) and length(r.hash) = 32)
            from audit.personal_data_reads r
            """));
        Assert.True(await _training.ScalarAsync<bool>("""
            select (select hash from audit.personal_data_reads where id = 1) = (select previous_hash from audit.personal_data_reads where id = 2)
            """));
    }

    [Theory]
    [InlineData("update audit.security_audit set outcome = 'changed'")]
    [InlineData("delete from audit.security_audit")]
    [InlineData("truncate audit.security_audit")]
    [InlineData("alter table audit.security_audit disable trigger security_audit_no_update_or_delete")]
    [InlineData("alter table audit.security_audit disable trigger all")]
    [InlineData("alter table audit.security_audit owner to current_user")]
    [InlineData("drop table audit.security_audit")]
    [InlineData("drop schema audit cascade")]
    [InlineData("create table audit.look_alike (id int)")]
    [InlineData("set session_replication_role = replica")]
    [InlineData("alter role current_user set session_replication_role = replica")]
    [InlineData("create function audit.security_audit_is_append_only() returns trigger language plpgsql as 'begin return new; end'")]
    public async Task A_services_login_cannot_change_remove_or_switch_off_its_audit_log(string sql)
    {
        await ExecuteAsync(_network.ConnectionString,
            "insert into audit.security_audit (occurred_at, actor, action, outcome) values (now(), 'wall-test', 'probe', 'allowed')");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(_network.ConnectionString, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1L, await _network.ScalarAsync<long>("select count(*) from audit.security_audit where actor = 'wall-test' and outcome = 'allowed'"));
        Assert.Equal(2L, await _network.ScalarAsync<long>(
            "select count(*) from pg_trigger where tgrelid = 'audit.security_audit'::regclass and tgenabled = 'A'"));
    }

    [Fact]
    public async Task The_audit_logs_triggers_refuse_even_a_superuser_in_replica_mode()
    {
        await _network.ExecuteAsync(
            "insert into audit.security_audit (occurred_at, actor, action, outcome) values (now(), 'replica-test', 'probe', 'allowed')");

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            _network.ExecuteAsync("set session_replication_role = replica; delete from audit.security_audit where actor = 'replica-test'"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1L, await _network.ScalarAsync<long>("select count(*) from audit.security_audit where actor = 'replica-test'"));
    }

    [Fact]
    public async Task Provisioning_again_keeps_the_audit_log_and_applies_the_new_password()
    {
        var database = new TestDatabase("wallagain");
        await using var _ = database;
        await ExecuteAsync(database.ConnectionString,
            "insert into audit.security_audit (occurred_at, actor, action, outcome) values (now(), 'kept', 'probe', 'allowed')");
        await ExecuteAsync(database.SuperuserConnectionString, $"alter role \"{database.Name}\" createdb");

        await DatabaseProvisioning.ProvisionAsync(TestServers.Postgres, database.Name, "a-new-password");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<int>(database.ConnectionString, "select 1"));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        var renewed = DatabaseProvisioning.LoginConnectionString(TestServers.Postgres, database.Name, "a-new-password");
        Assert.Equal(1L, await ScalarAsync<long>(renewed, "select count(*) from audit.security_audit where actor = 'kept'"));
        Assert.False(await database.ScalarAsync<bool>($"select rolcreatedb from pg_roles where rolname = '{database.Name}'"));
    }

    [Fact]
    public async Task Tables_the_superuser_made_before_logins_existed_become_the_logins()
    {
        var database = new TestDatabase("walllegacy");
        await using var _ = database;
        await database.ExecuteAsync("""
            create table legacy_rows (id int generated always as identity primary key, at bigint);
            insert into legacy_rows (at) values (1);
            create sequence legacy_serials;
            """);

        await DatabaseProvisioning.ProvisionAsync(TestServers.Postgres, database.Name, database.Password);

        Assert.Equal(database.Name, await database.ScalarAsync<string>("select tableowner from pg_tables where tablename = 'legacy_rows'"));
        await ExecuteAsync(database.ConnectionString, "insert into legacy_rows (at) values (nextval('legacy_serials'))");
        await ExecuteAsync(database.ConnectionString, "drop table legacy_rows; drop sequence legacy_serials");
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
