using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Agreements;

/// <summary>Agreements as an operator publishes them and a learner accepts them, over HTTP.</summary>
public abstract class AgreementTest(KnowledgePayApp app) : FunctionalTest(app)
{
    protected const string Failure = "errors { __typename ... on Error { code } }";

    protected const string PublishMutation =
        $"mutation($input: PublishAgreementVersionInput!) {{ publishAgreementVersion(input: $input) {{ agreementVersion {{ id versionLabel }} {Failure} }} }}";

    protected const string AcceptMutation =
        $"mutation($input: AcceptAgreementInput!) {{ acceptAgreement(input: $input) {{ acceptance {{ id platform clientVersion version {{ id versionLabel }} }} {Failure} }} }}";

    protected static Dictionary<string, object?> Version(string label, bool requiresReacceptance = true, string kind = "USER_AGREEMENT") => new()
    {
        ["kind"] = kind,
        ["versionLabel"] = label,
        ["title"] = "用户协议",
        ["body"] = $"第 {label} 版正文。",
        ["requiresReacceptance"] = requiresReacceptance,
    };

    protected static async Task<JsonElement> PublishAsync(Session admin, Dictionary<string, object?> input) =>
        (await admin.Client.QueryAsync(PublishMutation, new { input })).GetProperty("publishAgreementVersion");

    /// <summary>Publishes a version that must succeed and returns its global id.</summary>
    protected static async Task<string> PublishedAsync(Session admin, Dictionary<string, object?> input)
    {
        var published = await PublishAsync(admin, input);
        Assert.Empty(published.PayloadErrors());
        return published.GetProperty("agreementVersion").GetProperty("id").GetString()!;
    }

    protected static async Task<JsonElement> AcceptAsync(Session learner, string versionId, string platform = "IOS", string? clientVersion = null) =>
        (await learner.Client.QueryAsync(AcceptMutation, new { input = new { versionId, platform, clientVersion } })).GetProperty("acceptAgreement");

    protected static async Task<IReadOnlyList<string?>> ToAcceptAsync(Session learner) =>
        [.. (await learner.Client.QueryAsync("{ me { agreementsToAccept { versionLabel } } }"))
            .GetProperty("me").GetProperty("agreementsToAccept").EnumerateArray().Select(v => v.GetProperty("versionLabel").GetString())];

    protected static async Task SetPersonalisationConsentAsync(Session learner, bool consent)
    {
        var updated = (await learner.Client.QueryAsync(
            $"mutation($input: UpdateProfileInput!) {{ updateProfile(input: $input) {{ {Failure} }} }}",
            new { input = new { gender = "UNSPECIFIED", ageBand = "UNSPECIFIED", interestTagIds = Array.Empty<string>(), personalisationConsent = consent } }))
            .GetProperty("updateProfile");
        Assert.Empty(updated.PayloadErrors());
    }

    protected static async Task SetMarketingConsentAsync(Session learner, bool granted, string source)
    {
        var set = (await learner.Client.QueryAsync(
            $"mutation($input: SetMarketingConsentInput!) {{ setMarketingConsent(input: $input) {{ {Failure} }} }}",
            new { input = new { granted, source } })).GetProperty("setMarketingConsent");
        Assert.Empty(set.PayloadErrors());
    }

    /// <summary>A history as (kind, granted, source, version) — not the times, which PostgreSQL stores to the microsecond.</summary>
    protected static IReadOnlyList<(string?, bool, string?, string?)> Entries(JsonElement history) =>
        [.. history.EnumerateArray().Select(c => (
            c.GetProperty("kind").GetString(),
            c.GetProperty("granted").GetBoolean(),
            c.GetProperty("source").GetString(),
            c.GetProperty("agreementVersionLabel").GetString()))];

    protected const string HistoryFields = "kind granted source at agreementVersionLabel";
}
