using System.Text.Json;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>Admins page the review queue, confirm or clear a flag once (audited), and bad reviews change nothing.</summary>
public abstract class RiskReviewTests(KnowledgePayApp app) : RiskTest(app)
{
    [Fact]
    public async Task ConfirmingAFlagKeepsItsRestrictionAndIsAudited()
    {
        var learner = await SignInAsync("o_learner");
        var admin = await AdminAsync();
        var flagId = await SeedFlagAsync(RiskRule.RefundAbuse, learner.UserId, "refunder", RiskRestriction.NoLearnerRefunds);
        App.Clock.Advance(TimeSpan.FromHours(2));

        var confirmed = await ReviewAsync(admin, flagId, "CONFIRM", "Ten refunds after reading everything");

        Assert.Empty(confirmed.PayloadErrors());
        var flag = confirmed.GetProperty("flag");
        Assert.Equal("CONFIRMED", Text(flag, "status"));
        Assert.Equal(admin.UserId, Text(flag, "reviewedBy"));
        Assert.Equal("Ten refunds after reading everything", Text(flag, "reviewNote"));
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, flag.GetProperty("reviewedAt").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMinutes(1));
        Assert.Equal(["NO_LEARNER_REFUNDS"], await RestrictionsAsync(learner));
        var audit = (await admin.Client.QueryAsync(
                "{ auditLog(where: { action: { eq: \"RiskFlagReviewed\" } }) { nodes { userId entityType entityId changes occurredAt } } }"))
            .Nodes("auditLog");
        var entry = Assert.Single(audit);
        Assert.Equal(admin.UserId, Text(entry, "userId"));
        Assert.Equal("RiskFlag", Text(entry, "entityType"));
        Assert.Equal(GlobalId.Decode(flagId).Id, GlobalId.Decode(Text(entry, "entityId")!).Id);
        var changes = JsonDocument.Parse(Text(entry, "changes")!).RootElement;
        Assert.Equal("Ten refunds after reading everything", changes.GetProperty("note").GetString());
        Assert.Equal(GlobalId.Decode(admin.UserId).Id, changes.GetProperty("adminId").GetGuid());
    }

    [Fact]
    public async Task ReviewingAReviewedOrUnknownFlagIsATypedErrorAndChangesNothing()
    {
        var admin = await AdminAsync();
        var flagId = await SeedFlagAsync(RiskRule.UnknownOrderNotifications, null, "wechatpay");
        Assert.Empty((await ReviewAsync(admin, flagId, "CLEAR", "Test merchant")).PayloadErrors());

        var again = await ReviewAsync(admin, flagId, "CONFIRM", "Changed my mind");
        var unknown = await ReviewAsync(admin, GlobalId.Encode("RiskFlag", Guid.NewGuid()), "CONFIRM");

        Assert.Equal([("RiskFlagAlreadyReviewedError", "RISK_FLAG_ALREADY_REVIEWED")], again.PayloadErrors());
        Assert.Equal([("RiskFlagNotFoundError", "RISK_FLAG_NOT_FOUND")], unknown.PayloadErrors());
        var flag = Assert.Single(await FlagsAsync(admin));
        Assert.Equal("CLEARED", Text(flag, "status"));
        Assert.Equal("Test merchant", Text(flag, "reviewNote"));
        Assert.Equal(1, await App.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == "RiskFlagReviewed")));
    }

    [Fact]
    public async Task PagesTheQueueNewestFirstAndFiltersByStatusRuleAndUser()
    {
        var learner = await SignInAsync("o_learner");
        var admin = await AdminAsync();
        var oldest = await SeedFlagAsync(RiskRule.PaymentMismatch, learner.UserId, "order-1");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var middle = await SeedFlagAsync(RiskRule.UnknownOrderNotifications, null, "wechatpay");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var newest = await SeedFlagAsync(RiskRule.RefundAbuse, learner.UserId, "refunder", RiskRestriction.NoLearnerRefunds);
        await ReviewAsync(admin, middle, "CLEAR");

        var firstPage = (await admin.Client.QueryAsync("{ riskFlags(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }"))
            .GetProperty("riskFlags");
        var secondPage = (await admin.Client.QueryAsync(
                "query($after: String) { riskFlags(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } }",
                new { after = firstPage.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("riskFlags");

        Assert.Equal([newest, middle], firstPage.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.True(firstPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(3, firstPage.GetProperty("totalCount").GetInt32());
        Assert.Equal([oldest], secondPage.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.False(secondPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([newest, oldest], (await FlagsAsync(admin, "status: OPEN")).Select(f => Text(f, "id")));
        Assert.Equal([middle], (await FlagsAsync(admin, "rule: UNKNOWN_ORDER_NOTIFICATIONS")).Select(f => Text(f, "id")));
        Assert.Equal([newest, oldest], (await FlagsAsync(admin, $"userId: \"{learner.UserId}\"")).Select(f => Text(f, "id")));
    }

    [Fact]
    public async Task TheExportSectionHoldsTheUsersOwnFlagsOnly()
    {
        var alice = await SignInAsync("o_alice");
        var bob = await SignInAsync("o_bob");
        await SeedFlagAsync(RiskRule.RefundAbuse, alice.UserId, "alice", RiskRestriction.NoLearnerRefunds);
        await SeedFlagAsync(RiskRule.PaymentMismatch, bob.UserId, "order-bob");

        await using var scope = App.Services.CreateAsyncScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().Single(s => s.Name == "risk-flags");
        var exported = JsonSerializer.SerializeToElement(await section.CollectAsync(GlobalId.Decode(alice.UserId).Id, CancellationToken.None));

        var only = Assert.Single(exported.GetProperty("flags").EnumerateArray());
        Assert.Equal("RefundAbuse", only.GetProperty("Rule").GetString());
        Assert.Equal("NoLearnerRefunds", only.GetProperty("Restriction").GetString());
        Assert.DoesNotContain("order-bob", exported.GetRawText());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RiskReviewTestsOnSqlite(SqliteApp app) : RiskReviewTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RiskReviewTestsOnPostgreSql(PostgreSqlApp app) : RiskReviewTests(app);
