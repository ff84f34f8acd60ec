using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Referrals;

/// <summary>Binding buyers to promoters from opened shares and invitation codes, by the configured rules.</summary>
public abstract class ReferralBindingTests(KnowledgePayApp app) : ReferralTest(app)
{
    [Fact]
    public async Task AnOpenedShareEnrolsTheSharerAndBindsTheVisitorWhoseNextPurchaseEarnsForThem()
    {
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");
        var visitor = await SignInAsync("o_visitor");
        await visitor.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { nickname = "小明同学", gender = "MALE", ageBand = "FROM_25_TO_34", city = "杭州", interestTagIds = Array.Empty<string>(), personalisationConsent = false } });

        await OpenShareAsync(sharer, visitor);
        await BuyAsync(visitor, course.Id);

        var promoter = await MyPromoterAsync(sharer);
        Assert.Equal("APPROVED", promoter.GetProperty("status").GetString());
        Assert.Equal(Level1Fen, Fen(promoter.GetProperty("earnings"), "pendingFen"));
        var referral = Assert.Single((await sharer.Client.QueryAsync("{ myReferrals { nodes { nickname boundAt expiresAt } } }")).Nodes("myReferrals"));
        Assert.Equal("小**", referral.GetProperty("nickname").GetString());
        Assert.DoesNotContain("小明同学", referral.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderFirstTouchTheFirstPromoterKeepsTheBuyer()
    {
        var first = await SignInAsync("o_first");
        var second = await SignInAsync("o_second");
        var buyer = await SignInAsync("o_buyer");
        var secondCode = await PromoterCodeAsync(second);

        await OpenShareAsync(first, buyer);
        await OpenShareAsync(second, buyer);
        var byCode = await BindAsync(buyer, secondCode);

        Assert.Equal([("AlreadyBoundError", "REFERRAL_ALREADY_BOUND")], byCode.PayloadErrors());
        Assert.Equal(await PromoterIdOfUserAsync(first), await BoundPromoterAsync(buyer));
        Assert.Empty((await second.Client.QueryAsync("{ myReferrals { nodes { boundAt } } }")).Nodes("myReferrals"));
    }

    [Fact]
    public async Task UnderLastTouchTheLatestPromoterTakesTheBuyerOver()
    {
        Configure("Binding:Attribution", "LastTouch");
        var course = await AddPaidCourseAsync();
        var first = await SignInAsync("o_first");
        var second = await SignInAsync("o_second");
        var buyer = await SignInAsync("o_buyer");

        await OpenShareAsync(first, buyer);
        var byCode = await BindAsync(buyer, await PromoterCodeAsync(second));
        await BuyAsync(buyer, course.Id);

        Assert.Empty(byCode.PayloadErrors());
        Assert.Equal(await PromoterIdOfUserAsync(second), await BoundPromoterAsync(buyer));
        Assert.Equal(Level1Fen, Fen(await EarningsAsync(second), "pendingFen"));
        Assert.Equal(0, Fen(await EarningsAsync(first), "pendingFen"));
    }

    [Fact]
    public async Task AnExpiredBindingEarnsNothingAndFreesTheBuyerForTheNextPromoter()
    {
        Configure("Binding:BindingDays", "3");
        var course = await AddPaidCourseAsync();
        var first = await SignInAsync("o_first");
        var second = await SignInAsync("o_second");
        var buyer = await SignInAsync("o_buyer");
        var secondCode = await PromoterCodeAsync(second);
        var bound = await BindAsync(buyer, await PromoterCodeAsync(first));

        await AdvanceAsync(TimeSpan.FromDays(4));
        await BuyAsync(buyer, course.Id);
        var rebound = await BindAsync(buyer, secondCode);

        Assert.NotEqual(JsonValueKind.Null, bound.GetProperty("binding").GetProperty("expiresAt").ValueKind);
        Assert.Empty(await CommissionsAsync(first));
        Assert.Empty(rebound.PayloadErrors());
        Assert.Equal(await PromoterIdOfUserAsync(second), await BoundPromoterAsync(buyer));
    }

    [Fact]
    public async Task NobodyIsTheirOwnReferrerAndBindingsMakeNoLoops()
    {
        var alice = await SignInAsync("o_alice");
        var bob = await SignInAsync("o_bob");
        var aliceCode = await PromoterCodeAsync(alice);
        var bobCode = await PromoterCodeAsync(bob);

        var self = await BindAsync(alice, aliceCode);
        await OpenShareAsync(alice, alice);
        var aliceToBob = await BindAsync(alice, bobCode);
        var loop = await BindAsync(bob, aliceCode);
        await OpenShareAsync(alice, bob);
        var unknown = await BindAsync(bob, "ZZZZZZZZ");

        Assert.Equal([("SelfReferralError", "REFERRAL_SELF")], self.PayloadErrors());
        Assert.Empty(aliceToBob.PayloadErrors());
        Assert.Equal([("ReferralCycleError", "REFERRAL_CYCLE")], loop.PayloadErrors());
        Assert.Equal([("PromoterCodeUnknownError", "PROMOTER_CODE_UNKNOWN")], unknown.PayloadErrors());
        Assert.Equal(1, await App.ReadAsync(db => db.ReferralBindings.CountAsync()));
        Assert.Null(await BoundPromoterAsync(bob));
    }

    [Fact]
    public async Task UnderTheApprovalPolicyOnlyApprovedPromotersBindAndSuspendedOnesEarnNothingNew()
    {
        Configure("PromoterPolicy", "Approval");
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var applied = await ApplyAsync(promoter);
        var code = applied.GetProperty("promoter").GetProperty("code").GetString()!;
        var promoterId = applied.GetProperty("promoter").GetProperty("id").GetString();

        var beforeApproval = await BindAsync(buyer, code);
        var queue = (await admin.Client.QueryAsync("{ promoters(status: APPLIED) { nodes { id status } } }")).Nodes("promoters");
        var approved = (await admin.Client.QueryAsync(
            $"mutation($input: ApprovePromoterInput!) {{ approvePromoter(input: $input) {{ promoter {{ status }} {Failure} }} }}",
            new { input = new { promoterId } })).GetProperty("approvePromoter");
        var afterApproval = await BindAsync(buyer, code);
        await admin.Client.QueryAsync(
            $"mutation($input: SuspendPromoterInput!) {{ suspendPromoter(input: $input) {{ promoter {{ status }} {Failure} }} }}",
            new { input = new { promoterId } });
        await BuyAsync(buyer, course.Id);

        Assert.Equal("APPLIED", applied.GetProperty("promoter").GetProperty("status").GetString());
        Assert.Equal([("PromoterInactiveError", "PROMOTER_INACTIVE")], beforeApproval.PayloadErrors());
        Assert.Equal(promoterId, Assert.Single(queue).GetProperty("id").GetString());
        Assert.Equal("APPROVED", approved.GetProperty("promoter").GetProperty("status").GetString());
        Assert.Empty(afterApproval.PayloadErrors());
        Assert.Equal("SUSPENDED", (await MyPromoterAsync(promoter)).GetProperty("status").GetString());
        Assert.Empty(await CommissionsAsync(promoter));
    }

    [Fact]
    public async Task UnderTheApprovalPolicySharingIsNoApplicationAndBindsNobody()
    {
        Configure("PromoterPolicy", "Approval");
        var sharer = await SignInAsync("o_sharer");
        var visitor = await SignInAsync("o_visitor");

        await OpenShareAsync(sharer, visitor);

        Assert.Equal(JsonValueKind.Null, (await sharer.Client.QueryAsync("{ myPromoter { id } }")).GetProperty("myPromoter").ValueKind);
        Assert.Equal(0, await App.ReadAsync(db => db.ReferralBindings.CountAsync()));
    }

    [Fact]
    public async Task ARepeatedShareKeepsOneBindingAndCountsTheReferralOnce()
    {
        Configure("Binding:Attribution", "LastTouch");
        var sharer = await SignInAsync("o_sharer");
        var visitor = await SignInAsync("o_visitor");

        await OpenShareAsync(sharer, visitor);
        await OpenShareAsync(sharer, visitor);

        Assert.Single((await sharer.Client.QueryAsync("{ myReferrals { nodes { boundAt } } }")).Nodes("myReferrals"));
        Assert.Equal(1, await App.ReadAsync(db => db.Promoters.Select(p => p.ReferralCount).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReferralBindingTestsOnSqlite(SqliteApp app) : ReferralBindingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReferralBindingTestsOnPostgreSql(PostgreSqlApp app) : ReferralBindingTests(app);
