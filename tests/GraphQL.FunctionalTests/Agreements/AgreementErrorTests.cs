using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Agreements;

/// <summary>Bad publishing and acceptance input: a typed error, and nothing stored.</summary>
public abstract class AgreementErrorTests(KnowledgePayApp app) : AgreementTest(app)
{
    public static TheoryData<string, object?> InvalidPublishInput => new()
    {
        { "versionLabel", "" },
        { "versionLabel", new string('9', 33) },
        { "title", " " },
        { "body", null },
        { "url", "https://example.com/terms" },
        { "url", "http://example.com/terms" },
    };

    [Fact]
    public async Task RefusesAnUnknownVersionAndStoresNothing()
    {
        var learner = await SignInAsync("o_alice");

        var accepted = await AcceptAsync(learner, GlobalId.Encode("AgreementVersion", Guid.NewGuid()));

        Assert.Equal([("AgreementVersionNotFoundError", "AGREEMENT_VERSION_NOT_FOUND")], accepted.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.AgreementAcceptances.CountAsync()));
    }

    [Fact]
    public async Task RefusesASupersededVersionAndStoresNothing()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_alice");
        var v1 = await PublishedAsync(admin, Version("1.0"));
        await PublishedAsync(admin, Version("1.1", requiresReacceptance: false));

        var accepted = await AcceptAsync(learner, v1);

        Assert.Equal([("AgreementVersionSupersededError", "AGREEMENT_VERSION_SUPERSEDED")], accepted.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.AgreementAcceptances.CountAsync()));
        Assert.Equal(["1.1"], await ToAcceptAsync(learner));
    }

    [Fact]
    public async Task RefusesAVersionNotYetInEffectAndStoresNothing()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_alice");
        var future = Version("1.0");
        future["effectiveAt"] = DateTimeOffset.UtcNow.AddDays(1);
        var v1 = await PublishedAsync(admin, future);

        var accepted = await AcceptAsync(learner, v1);

        Assert.Equal([("AgreementVersionNotYetEffectiveError", "AGREEMENT_VERSION_NOT_YET_EFFECTIVE")], accepted.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.AgreementAcceptances.CountAsync()));
        Assert.Empty(await ToAcceptAsync(learner));
    }

    [Fact]
    public async Task RefusesADuplicateLabelPerKindAndKeepsTheFirstVersion()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await PublishedAsync(admin, Version("1.0"));
        await PublishedAsync(admin, Version("1.0", kind: "PRIVACY_POLICY"));

        var again = await PublishAsync(admin, Version("1.0"));

        Assert.Equal([("AgreementVersionLabelTakenError", "AGREEMENT_VERSION_LABEL_TAKEN")], again.PayloadErrors());
        Assert.Equal(2, await App.ReadAsync(db => db.AgreementVersions.CountAsync()));
    }

    [Fact]
    public async Task RefusesAVersionTakingEffectBeforeItIsPublished()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var past = Version("1.0");
        past["effectiveAt"] = DateTimeOffset.UtcNow.AddDays(-1);

        var published = await PublishAsync(admin, past);

        Assert.Equal([("AgreementVersionInvalidError", "AGREEMENT_VERSION_INVALID")], published.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.AgreementVersions.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(InvalidPublishInput))]
    public async Task RefusesInvalidPublishInputAndStoresNothing(string field, object? value)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var input = Version("1.0");
        input[field] = value;

        var published = await PublishAsync(admin, input);

        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], published.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.AgreementVersions.CountAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AgreementErrorTestsOnSqlite(SqliteApp app) : AgreementErrorTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AgreementErrorTestsOnPostgreSql(PostgreSqlApp app) : AgreementErrorTests(app);
