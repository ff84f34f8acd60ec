using System.Net;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Http;

public abstract class HealthTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task ReportsAliveWhenHealthzIsAsked()
    {
        using var response = await Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReportsReadyWhenDatabaseIsReachable()
    {
        using var response = await Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HealthTestsOnSqlite(SqliteApp app) : HealthTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class HealthTestsOnPostgreSql(PostgreSqlApp app) : HealthTests(app);
