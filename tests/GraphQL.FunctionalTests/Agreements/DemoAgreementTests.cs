using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Agreements;

/// <summary>The embedded default's demo: both agreements in effect, accepted by every demo learner.</summary>
public sealed class DemoAgreementTests(EmbeddedSqliteApp app) : IClassFixture<EmbeddedSqliteApp>
{
    private const int DemoLearners = 60;

    [Fact]
    public async Task SeedsBothAgreementsAcceptedByEveryDemoLearnerWithTheirConsentRecorded()
    {
        var current = (await app.Client.QueryAsync("{ agreements { kind versionLabel } }")).GetProperty("agreements");
        var acceptors = await app.ReadAsync(db => db.AgreementAcceptances.Select(a => a.UserId).Distinct().CountAsync());
        var acceptances = await app.ReadAsync(db => db.AgreementAcceptances.CountAsync());
        var consents = await app.ReadAsync(db => db.PersonalisationConsentChanges.CountAsync(c => c.Granted));

        Assert.Equal(
            [("USER_AGREEMENT", "1.0"), ("PRIVACY_POLICY", "1.0")],
            current.EnumerateArray().Select(v => (v.GetProperty("kind").GetString(), v.GetProperty("versionLabel").GetString())));
        Assert.Equal((DemoLearners, 2 * DemoLearners, DemoLearners), (acceptors, acceptances, consents));
    }
}
