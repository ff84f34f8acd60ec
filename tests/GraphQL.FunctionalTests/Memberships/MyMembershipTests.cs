using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Memberships;

/// <summary><c>myMembership</c>: signed-in callers only, and only their own memberships that run now.</summary>
public abstract class MyMembershipTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string Query = "{ myMembership { id planId planTitle coversAllCourses memberDiscountPercent expiresAt source } }";

    [Fact]
    public async Task RefusesAnAnonymousCaller()
    {
        var response = await Client.PostGraphQLAsync(Query);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task ListsOnlyTheCallersOwnActiveMemberships()
    {
        var alice = await SignInAsync("o_alice_member");
        var bob = await SignInAsync("o_bob_member");
        var now = DateTimeOffset.UtcNow;
        var yearly = Plan("Yearly", 365);
        var monthly = Plan("Monthly", 30);
        var lapsed = Plan("Lapsed", 7);
        await App.AddAsync(
            yearly,
            monthly,
            lapsed,
            Membership.Start(UserIdOf(alice), monthly, EnrollmentSource.RedeemCode, Guid.NewGuid(), now),
            Membership.Start(UserIdOf(alice), lapsed, EnrollmentSource.Purchase, Guid.NewGuid(), now.AddDays(-8)),
            Membership.Start(UserIdOf(bob), yearly, EnrollmentSource.Purchase, Guid.NewGuid(), now));

        var memberships = (await alice.Client.QueryAsync(Query)).GetProperty("myMembership").EnumerateArray().ToList();

        var membership = Assert.Single(memberships);
        Assert.Equal(GlobalId.Encode("Offer", monthly.Id), membership.GetProperty("planId").GetString());
        Assert.Equal("Monthly", membership.GetProperty("planTitle").GetString());
        Assert.True(membership.GetProperty("coversAllCourses").GetBoolean());
        Assert.Equal(20, membership.GetProperty("memberDiscountPercent").GetInt32());
        Assert.Equal("REDEEM_CODE", membership.GetProperty("source").GetString());
        Assert.InRange(membership.GetProperty("expiresAt").GetDateTimeOffset(), now.AddDays(30).AddSeconds(-1), now.AddDays(30).AddMinutes(1));
    }

    private static Guid UserIdOf(Session session) => GlobalId.DecodeOf("User", session.UserId);

    private static Offer Plan(string title, int days) =>
        Offer.MembershipPlan(title, null, Money.Fen(9900), days, [], 20, PriceGuardrails.None, DateTimeOffset.UtcNow.AddDays(-60));
}

[Collection(SqliteCollection.Name)]
public sealed class MyMembershipTestsOnSqlite(SqliteApp app) : MyMembershipTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class MyMembershipTestsOnPostgreSql(PostgreSqlApp app) : MyMembershipTests(app);
