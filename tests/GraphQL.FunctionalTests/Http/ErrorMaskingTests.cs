using System.Security.Cryptography;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

/// <summary>
/// Outside Development, an unexpected failure reaches the client as a generic error with a stable code only. Development
/// shows the exception of a server error, but a client's own mistake never comes with our stack trace.
/// </summary>
public abstract class ErrorMaskingTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task HidesExceptionDetailsWhenInternalErrorOccursInProduction()
    {
        await using var production = App.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var key in new[] { "Identity:Jwt:SigningKey", "Identity:EncryptionKey", "Media:SigningKey", "Identity:PhoneIndexKey" })
            {
                builder.UseSetting(key, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
        });
        using var client = production.CreateClient();
        App.SqlFault.Armed = true;

        var response = await client.PostGraphQLAsync("{ courses { nodes { title } } }");

        var text = response.Body.GetRawText();
        Assert.Contains("INTERNAL_SERVER_ERROR", response.ErrorCodes);
        Assert.DoesNotContain("secret-detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at KnowledgePay.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsExceptionDetailsWhenInternalErrorOccursInDevelopment()
    {
        App.SqlFault.Armed = true;

        var response = await Client.PostGraphQLAsync("{ courses { nodes { title } } }");

        Assert.Contains("INTERNAL_SERVER_ERROR", response.ErrorCodes);
        Assert.Contains(SqlCommandFault.SecretDetail, response.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query($first: Int) { courses(first: $first) { totalCount } }", "not a number")]
    [InlineData("{ courses(first: ", null)]
    [InlineData("{ courses { nodes { bestSellerRank } } }", null)]
    [InlineData("{ courses(first: \"ten\") { totalCount } }", null)]
    public async Task AnswersClientMistakeWithoutStackTraceWhenInDevelopment(string query, string? first)
    {
        var response = await Client.PostGraphQLAsync(query, first is null ? null : new { first });

        var text = response.Body.GetRawText();
        Assert.NotEmpty(response.Errors);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", response.ErrorCodes);
        Assert.DoesNotContain("\"details\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ErrorMaskingTestsOnSqlite(SqliteApp app) : ErrorMaskingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ErrorMaskingTestsOnPostgreSql(PostgreSqlApp app) : ErrorMaskingTests(app);
