using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>Rules 3 and 4 over HTTP: many accounts from one address, many failed logins; and what normal use leaves alone.</summary>
public abstract class LoginRiskTests(KnowledgePayApp app) : AccessRiskTest(app)
{
    private const string NatAddress = "203.0.113.7";

    [Fact]
    public async Task FlagsTheAddressForReviewWhenFiftyAccountsSignInFromItWithinAnHour()
    {
        var nat = Device(NatAddress, null);
        for (var i = 1; i <= 49; i++)
        {
            RestartLoginThrottleEvery(25, i);
            Assert.Empty((await LoginFromAsync(nat, $"o_crowd_{i}")).PayloadErrors());
        }

        var before = await FlagsAsync();
        var fiftieth = await LoginFromAsync(nat, "o_crowd_50");

        Assert.Empty(before);
        Assert.Empty(fiftieth.PayloadErrors());
        var flag = Assert.Single(await FlagsAsync());
        Assert.Equal(
            (RiskRule.ManyAccountsFromOneAddress, (Guid?)null, NatAddress, RiskRestriction.None, RiskFlagStatus.Open),
            (flag.Rule, flag.UserId, flag.Subject, flag.Restriction, flag.Status));
        Assert.Contains("\"openIds\":50", flag.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlagsNothingWhenAClassSignsInBehindOneSchoolNatAndSomeMistypeOnce()
    {
        var school = Device(NatAddress, null);
        for (var i = 1; i <= 12; i++)
        {
            Assert.Empty((await LoginFromAsync(school, $"o_pupil_{i}")).PayloadErrors());
        }

        for (var i = 1; i <= 3; i++)
        {
            var stale = (await school.QueryAsync(LoginWithProofMutation, new { code = $"stale-code-{i}" })).GetProperty("login");
            Assert.Equal([("LoginCodeInvalidError", "LOGIN_CODE_INVALID")], stale.PayloadErrors());
        }

        Assert.Empty(await FlagsAsync());
    }

    [Fact]
    public async Task FlagsTheAddressWhenTwentyLoginsFromItFailWithinFifteenMinutes()
    {
        var guesser = Device("198.51.100.4", null);
        for (var i = 1; i <= 19; i++)
        {
            await guesser.QueryAsync(LoginWithProofMutation, new { code = $"guessed-code-{i}" });
        }

        var before = await FlagsAsync();
        var twentieth = (await guesser.QueryAsync(LoginWithProofMutation, new { code = "guessed-code-20" })).GetProperty("login");

        Assert.Empty(before);
        Assert.Equal([("LoginCodeInvalidError", "LOGIN_CODE_INVALID")], twentieth.PayloadErrors());
        var flag = Assert.Single(await FlagsAsync());
        Assert.Equal((RiskRule.FailedLogins, (Guid?)null, "198.51.100.4"), (flag.Rule, flag.UserId, flag.Subject));
    }

    [Fact]
    public async Task CountsFailuresOnlyWithinTheWindow()
    {
        var guesser = Device("198.51.100.5", null);
        for (var i = 1; i <= 19; i++)
        {
            await guesser.QueryAsync(LoginWithProofMutation, new { code = $"guessed-code-{i}" });
        }

        App.Clock.Advance(TimeSpan.FromMinutes(16));
        await guesser.QueryAsync(LoginWithProofMutation, new { code = "guessed-code-20" });

        Assert.Empty(await FlagsAsync());
    }

    [Fact]
    public async Task FlagsTheAccountWhenTenOfItsLoginsAreRefusedByTheThrottle()
    {
        var phone = Device("198.51.100.6", "phone-0001");
        for (var i = 1; i <= 10; i++)
        {
            Assert.Empty((await LoginFromAsync(phone, "o_hammer")).PayloadErrors());
        }

        var refused = new List<IReadOnlyList<(string?, string?)>>();
        for (var i = 1; i <= 10; i++)
        {
            refused.Add((await LoginFromAsync(phone, "o_hammer")).PayloadErrors());
        }

        Assert.All(refused, errors => Assert.Equal([("LoginRateLimitedError", "LOGIN_RATE_LIMITED")], errors));
        var flag = Assert.Single(await FlagsAsync());
        Assert.Equal((RiskRule.FailedLogins, (Guid?)await UserIdAsync("o_hammer")), (flag.Rule, flag.UserId));
        Assert.StartsWith("openid:", flag.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("o_hammer", flag.Subject + flag.Evidence, StringComparison.Ordinal);
    }

    private void RestartLoginThrottleEvery(int logins, int attempt)
    {
        if (attempt % logins == 0)
        {
            RestartLoginThrottle();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LoginRiskTestsOnSqlite(SqliteApp app) : LoginRiskTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class LoginRiskTestsOnPostgreSql(PostgreSqlApp app) : LoginRiskTests(app);
