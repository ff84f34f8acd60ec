using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Persistence;

/// <summary>No SQL Server runs here, so its migration set is proven by turning it into a deployable SQL script.</summary>
public sealed class SqlServerMigrationsTests(SqlServerApp app) : IClassFixture<SqlServerApp>
{
    [Fact]
    public void CreatesTheCatalogueTablesWhenMigrationsAreScripted()
    {
        var script = IdempotentScript();

        Assert.Contains("CREATE TABLE [Courses]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Creators]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Categories]", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void UsesTheSqlServerProviderWhenConfiguredForIt()
    {
        using var scope = app.Services.CreateScope();

        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();

        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private string IdempotentScript()
    {
        using var scope = app.Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
