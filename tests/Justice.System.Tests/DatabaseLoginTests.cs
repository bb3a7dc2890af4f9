namespace Justice.SystemTests;

/// <summary>The AppHost gives each service its own database login, provisioned before the service started.</summary>
[Collection(WholeSystemCollection.Name)]
public sealed class DatabaseLoginTests(WholeSystem system)
{
    [Theory]
    [InlineData("identitydb")]
    [InlineData("trainingdb")]
    [InlineData("networkdb")]
    public async Task Each_service_connects_with_its_own_login_which_is_no_superuser(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(await system.DatabaseAsync(database));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select current_user || ' ' || rolsuper || ' ' || has_table_privilege('audit.security_audit', 'DELETE') from pg_roles where rolname = current_user",
            connection);

        Assert.Equal($"{database} false false", await command.ExecuteScalarAsync());
    }
}
