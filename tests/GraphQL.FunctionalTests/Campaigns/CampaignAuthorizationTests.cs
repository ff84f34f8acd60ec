using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Campaigns;

/// <summary>Who may manage campaigns and consent, and the typed errors a bad definition gets with nothing stored.</summary>
public abstract class CampaignAuthorizationTests(KnowledgePayApp app) : CampaignTest(app)
{
    public static TheoryData<string> AdminOnlyOperations => new()
    {
        "createCampaign", "updateCampaign", "activateCampaign", "endCampaign", "runCampaign", "campaigns", "campaign", "campaignResults",
    };

    public static TheoryData<string, object?, string> BadDefinitions => new()
    {
        { "holdoutShare", null, "CampaignHoldoutRequiredError" },
        { "holdoutShare", 0.0, "CampaignHoldoutRequiredError" },
        { "holdoutShare", 0.6, "CampaignHoldoutInvalidError" },
        { "frequencyCapActions", 0, "CampaignFrequencyCapInvalidError" },
        { "frequencyCapDays", 91, "CampaignFrequencyCapInvalidError" },
        { "quietHoursStart", 24, "CampaignQuietHoursInvalidError" },
        { "quietHoursEnd", 22, "CampaignQuietHoursInvalidError" },
        { "conversionWindowDays", 0, "CampaignConversionWindowInvalidError" },
        { "runAt", null, "CampaignScheduleInvalidError" },
        { "messageTitle", "多余", "CampaignActionInvalidError" },
        { "segmentId", GlobalId.Encode("Segment", Guid.NewGuid()), "NotFoundError" },
        { "couponId", GlobalId.Encode("Coupon", Guid.NewGuid()), "NotFoundError" },
    };

    [Theory]
    [MemberData(nameof(AdminOnlyOperations))]
    public async Task OnlyAdminsManageCampaigns(string operation)
    {
        var (segmentId, learners) = await SegmentAsync(1);
        var coupon = await AddCouponAsync();
        var admin = await AdminAsync();
        var campaignId = await ActiveCampaignAsync(admin, CouponCampaign(segmentId, coupon.Id));

        var anonymous = await SendAsync(Client, operation, campaignId, segmentId, coupon.Id);
        var learner = await SendAsync(learners[0].Client, operation, campaignId, segmentId, coupon.Id);
        var allowed = await SendAsync(admin.Client, operation, campaignId, segmentId, coupon.Id);

        Assert.True(anonymous.ErrorCodes.SequenceEqual(["AUTH_NOT_AUTHENTICATED"]), string.Join(",", anonymous.ErrorCodes));
        Assert.True(learner.ErrorCodes.SequenceEqual(["AUTH_NOT_AUTHORIZED"]), string.Join(",", learner.ErrorCodes));
        Assert.True(allowed.ErrorCodes.Count == 0, string.Join(",", allowed.ErrorCodes));
        Assert.Equal(operation == "createCampaign" ? 2 : 1, await App.ReadAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task LearnersSetAndReadTheirOwnConsentOnlyAndAnonymousCallersNeither()
    {
        var alice = await SignInAsync("o_alice");
        var bob = await SignInAsync("o_bob");

        var granted = await SetConsentAsync(alice, true, "onboarding");
        var bobs = (await bob.Client.QueryAsync("{ myMarketingConsent { granted source history { granted } } }")).GetProperty("myMarketingConsent");
        var alices = (await alice.Client.QueryAsync("{ myMarketingConsent { granted source history { granted source } } }")).GetProperty("myMarketingConsent");
        var anonymousRead = await Client.PostGraphQLAsync("{ myMarketingConsent { granted } }");
        var anonymousSet = await Client.PostGraphQLAsync(
            "mutation { setMarketingConsent(input: { granted: true, source: \"x\" }) { consent { granted } } }");

        Assert.True(granted.GetProperty("granted").GetBoolean());
        Assert.False(bobs.GetProperty("granted").GetBoolean());
        Assert.Empty(bobs.GetProperty("history").EnumerateArray());
        Assert.True(alices.GetProperty("granted").GetBoolean());
        Assert.Equal("onboarding", alices.GetProperty("source").GetString());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousRead.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousSet.ErrorCodes);
        Assert.Equal(1, await App.ReadAsync(db => db.MarketingConsents.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public async Task ABadDefinitionIsATypedErrorAndStoresNothing(string field, object? value, string error)
    {
        var admin = await AdminAsync();
        var (segmentId, _) = await SegmentAsync(1);
        var coupon = await AddCouponAsync();
        var campaign = CouponCampaign(segmentId, coupon.Id);
        campaign[field] = value;

        var created = await CreatePayloadAsync(admin, campaign);

        Assert.Equal(error, Assert.Single(created.PayloadErrors()).Type);
        Assert.Equal(0, await App.ReadAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task OnlyADraftChangesAndOnlyAnActiveCampaignEnds()
    {
        var admin = await AdminAsync();
        var (segmentId, _) = await SegmentAsync(1);
        var coupon = await AddCouponAsync();
        var campaignId = await ActiveCampaignAsync(admin, CouponCampaign(segmentId, coupon.Id));

        var update = await SendAsync(admin.Client, "updateCampaign", campaignId, segmentId, coupon.Id);
        var ended = await SendAsync(admin.Client, "endCampaign", campaignId, segmentId, coupon.Id);
        var again = await SendAsync(admin.Client, "endCampaign", campaignId, segmentId, coupon.Id);
        var run = await RunPayloadAsync(admin, campaignId);

        Assert.Equal([("CampaignNotDraftError", "CAMPAIGN_NOT_DRAFT")], update.Data.GetProperty("updateCampaign").PayloadErrors());
        Assert.Empty(ended.Data.GetProperty("endCampaign").PayloadErrors());
        Assert.Equal([("CampaignNotActiveError", "CAMPAIGN_NOT_ACTIVE")], again.Data.GetProperty("endCampaign").PayloadErrors());
        Assert.Equal([("CampaignNotActiveError", "CAMPAIGN_NOT_ACTIVE")], run.PayloadErrors());
        Assert.Empty(await EnrolmentsAsync(campaignId));
    }

    private static Task<GraphQLResponse> SendAsync(HttpClient client, string operation, string campaignId, Guid segmentId, Guid couponId)
    {
        var campaign = CouponCampaign(segmentId, couponId);
        return operation switch
        {
            "createCampaign" => client.PostGraphQLAsync(CreateMutation, new { input = new { campaign } }),
            "updateCampaign" => client.PostGraphQLAsync(
                $"mutation($input: UpdateCampaignInput!) {{ updateCampaign(input: $input) {{ campaign {{ id }} {Failure} }} }}",
                new { input = new { campaignId, campaign } }),
            "activateCampaign" or "endCampaign" or "runCampaign" => client.PostGraphQLAsync(
                $"mutation($input: {char.ToUpperInvariant(operation[0])}{operation[1..]}Input!) {{ {operation}(input: $input) {{ __typename {Failure} }} }}",
                new { input = new { campaignId } }),
            "campaigns" => client.PostGraphQLAsync("{ campaigns { nodes { id name holdoutShare } } }"),
            "campaign" => client.PostGraphQLAsync("query($id: ID!) { campaign(id: $id) { id coupon { id } } }", new { id = campaignId }),
            _ => client.PostGraphQLAsync("query($id: ID!) { campaignResults(id: $id) { treated { users } } }", new { id = campaignId }),
        };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CampaignAuthorizationTestsOnSqlite(SqliteApp app) : CampaignAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CampaignAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : CampaignAuthorizationTests(app);
