using System.Reflection;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>Every table that holds rows about a user is claimed by an export section, and the sections are registered once each.</summary>
[Collection(SqliteCollection.Name)]
public sealed class DataExportCoverageTests(SqliteApp app)
{
    [Fact]
    public void ClaimsEveryEntityWithAColumnNamingAUserInSomeSection()
    {
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var claimed = scope.ServiceProvider.GetServices<IPersonalDataSection>()
            .SelectMany(s => s.GetType().GetCustomAttribute<PersonalDataOfAttribute>()?.Entities ?? [])
            .ToHashSet();

        var unclaimed = PersonalDataColumns.SubjectColumns(model).Select(e => e.Entity.ClrType).Where(t => !claimed.Contains(t)).Select(t => t.Name);

        Assert.Empty(unclaimed);
        Assert.Empty(PersonalDataColumns.Unclassified(model));
    }

    [Fact]
    public void RegistersEachSectionOnceWithAUniqueLowerCaseName()
    {
        using var scope = app.Services.CreateScope();
        var names = scope.ServiceProvider.GetServices<IPersonalDataSection>().Select(s => s.Name).ToList();

        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.True(names.Count >= 25, $"Only {names.Count} sections.");
    }
}
