using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

/// <summary>Outside Development, an unexpected failure reaches the client as a generic error with a stable code only.</summary>
public abstract class ErrorMaskingTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task HidesExceptionDetailsWhenInternalErrorOccursInProduction()
    {
        await using var production = App.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient();
        App.SqlFault.Armed = true;

        var response = await client.PostGraphQLAsync("{ courses { nodes { title } } }");

        var text = response.Body.GetRawText();
        Assert.Contains("INTERNAL_SERVER_ERROR", response.ErrorCodes);
        Assert.DoesNotContain("secret-detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at KnowledgePay.", text, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ErrorMaskingTestsOnSqlite(SqliteApp app) : ErrorMaskingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ErrorMaskingTestsOnPostgreSql(PostgreSqlApp app) : ErrorMaskingTests(app);
