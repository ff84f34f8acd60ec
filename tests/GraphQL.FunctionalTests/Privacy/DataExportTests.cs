using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Privacy.Commands.PurgeDataExports;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Infrastructure.Storage;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>
/// A requested export is built in the background, stored encrypted, and downloaded once through a short-lived link by
/// its user alone; the user is told it is ready.
/// </summary>
public abstract class DataExportTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string AliceOpenId = "o_alice";
    private const string DataExportReadyTemplateId = "kpSimDataExportReadyxxxxxxxxxxxxxxxxxxxxxxx";
    private const string Failure = "errors { __typename ... on Error { code } }";

    [Fact]
    public async Task CompletesTheRequestAndShowsTheExportReadyWhenTheBackgroundWorkRuns()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await RequestExportAsync(alice);
        var pending = await MyExportRequestAsync(alice);

        await App.DrainOutboxAsync();

        var done = await MyExportRequestAsync(alice);
        Assert.Equal(("PENDING", JsonValueKind.Null), (pending.GetProperty("status").GetString(), pending.GetProperty("export").ValueKind));
        Assert.Equal(requestId, done.GetProperty("id").GetString());
        Assert.Equal("COMPLETED", done.GetProperty("status").GetString());
        var export = done.GetProperty("export");
        Assert.True(export.GetProperty("downloadable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, export.GetProperty("downloadedAt").ValueKind);
        Assert.InRange(
            export.GetProperty("expiresAt").GetDateTimeOffset() - App.Clock.GetUtcNow(), TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task SendsTheExportReadyMessageWhenTheUserGrantedTheTemplate()
    {
        var alice = await SignInAsync(AliceOpenId);
        await App.WeChat.AnswerSubscriptionAsync(AliceOpenId, DataExportReadyTemplateId, "accept");
        await alice.Client.QueryAsync(
            $"mutation($input: ReportSubscriptionGrantsInput!) {{ reportSubscriptionGrants(input: $input) {{ {Failure} }} }}",
            new { input = new { results = new[] { new { templateId = DataExportReadyTemplateId, status = "ACCEPT" } } } });
        await RequestExportAsync(alice);

        await App.DrainOutboxAsync();
        await App.DrainOutboxAsync();

        var delivered = Assert.Single(await App.WeChat.SubscriptionMessagesAsync());
        Assert.Equal(AliceOpenId, delivered.GetProperty("toUser").GetString());
        Assert.Equal(DataExportReadyTemplateId, delivered.GetProperty("templateId").GetString());
        Assert.Equal(MessageTemplate.DataExportReady, Assert.Single(await App.ReadAsync(db => db.SubscriptionMessages.Select(m => m.Template).ToListAsync())));
    }

    [Fact]
    public async Task DownloadsTheDecryptedZipOnceAndAnswersGoneTheSecondTime()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);
        var link = await CreateLinkAsync(alice, requestId);
        var url = link.GetProperty("link").GetProperty("url").GetString()!;

        using var first = await alice.Client.GetAsync(url);
        using var second = await alice.Client.GetAsync(url);
        var again = await CreateLinkAsync(alice, requestId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/zip", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition?.DispositionType);
        using var zip = new ZipArchive(await first.Content.ReadAsStreamAsync());
        Assert.Contains("README.json", zip.Entries.Select(e => e.FullName));
        Assert.Contains(AliceOpenId, await ReadEntryAsync(zip, "account.json"));
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal([("DataExportAlreadyDownloadedError", "PRIVACY_EXPORT_ALREADY_DOWNLOADED")], again.PayloadErrors());
        var export = (await MyExportRequestAsync(alice)).GetProperty("export");
        Assert.Equal(JsonValueKind.String, export.GetProperty("downloadedAt").ValueKind);
        Assert.False(export.GetProperty("downloadable").GetBoolean());
    }

    [Fact]
    public async Task RefusesAnotherUsersDownloadAndLinkAndLeavesTheExportUntouched()
    {
        var alice = await SignInAsync(AliceOpenId);
        var bob = await SignInAsync("o_bob");
        var requestId = await ReadyExportAsync(alice);
        var url = (await CreateLinkAsync(alice, requestId)).GetProperty("link").GetProperty("url").GetString()!;

        using var bobsDownload = await bob.Client.GetAsync(url);
        var bobsLink = await CreateLinkAsync(bob, requestId);
        var bobsRequests = (await bob.Client.QueryAsync("{ me { privacyRequests { id } } }")).GetProperty("me").GetProperty("privacyRequests");

        Assert.Equal(HttpStatusCode.Forbidden, bobsDownload.StatusCode);
        Assert.Equal([("DataExportNotFoundError", "PRIVACY_EXPORT_NOT_FOUND")], bobsLink.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, bobsLink.GetProperty("link").ValueKind);
        Assert.Equal(0, bobsRequests.GetArrayLength());
        Assert.Null(await App.ReadAsync(db => db.DataExports.Select(e => e.DownloadedAt).SingleAsync()));
        using var alicesDownload = await alice.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, alicesDownload.StatusCode);
    }

    [Fact]
    public async Task AnswersUnauthorizedWithoutABearerTokenAndForbiddenForATamperedLink()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);
        var url = (await CreateLinkAsync(alice, requestId)).GetProperty("link").GetProperty("url").GetString()!;

        using var anonymousClient = App.CreateClient();
        using var anonymous = await anonymousClient.GetAsync(url);
        using var tampered = await alice.Client.GetAsync(url.Replace("expires=", "expires=9", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Null(await App.ReadAsync(db => db.DataExports.Select(e => e.DownloadedAt).SingleAsync()));
    }

    [Fact]
    public async Task RefusesALinkPastItsMinutesButGivesANewOneWhileTheExportLasts()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);
        var link = (await CreateLinkAsync(alice, requestId)).GetProperty("link");
        var url = link.GetProperty("url").GetString()!;
        Assert.InRange(link.GetProperty("expiresAt").GetDateTimeOffset() - App.Clock.GetUtcNow(), TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));

        App.Clock.Advance(TimeSpan.FromMinutes(11));
        using var late = await alice.Client.GetAsync(url);
        var fresh = (await CreateLinkAsync(alice, requestId)).GetProperty("link").GetProperty("url").GetString()!;
        using var inTime = await alice.Client.GetAsync(fresh);

        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
    }

    [Fact]
    public async Task RefusesAnExportPastItsRetentionAndTheSweepDeletesItsArchive()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);
        var url = (await CreateLinkAsync(alice, requestId)).GetProperty("link").GetProperty("url").GetString()!;
        var archive = ArchivePath(requestId);
        Assert.True(File.Exists(archive));

        App.Clock.Advance(TimeSpan.FromDays(7));
        var link = await CreateLinkAsync(alice, requestId);
        using var download = await alice.Client.GetAsync(url);
        var purged = await SweepAsync();

        Assert.Equal([("DataExportExpiredError", "PRIVACY_EXPORT_EXPIRED")], link.PayloadErrors());
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal(1, purged);
        Assert.False(File.Exists(archive));
        Assert.NotNull(await App.ReadAsync(db => db.DataExports.Select(e => e.PurgedAt).SingleAsync()));
        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task AnswersGoneForAFreshLinkWhoseArchiveTheSweepDeletedAfterTheDownload()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);
        var url = (await CreateLinkAsync(alice, requestId)).GetProperty("link").GetProperty("url").GetString()!;
        using var first = await alice.Client.GetAsync(url);

        var purged = await SweepAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, purged);
        Assert.False(File.Exists(ArchivePath(requestId)));
    }

    [Fact]
    public async Task StoresTheArchiveEncryptedSoTheDiskNeverHoldsTheUsersData()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);

        var stored = await File.ReadAllBytesAsync(ArchivePath(requestId));

        Assert.DoesNotContain(AliceOpenId, Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.False(stored.AsSpan().StartsWith("PK"u8), "The stored archive is a plain zip.");
        Assert.DoesNotContain("README.json", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNotAuthenticatedWhenAnAnonymousCallerAsksForALink()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);

        var response = await Client.PostGraphQLAsync(
            $"mutation {{ createDataExportLink(input: {{ privacyRequestId: \"{requestId}\" }}) {{ link {{ url }} }} }}");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task ShowsAnAdminTheExportStateInTheQueue()
    {
        var alice = await SignInAsync(AliceOpenId);
        var requestId = await ReadyExportAsync(alice);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var nodes = (await admin.Client.QueryAsync("{ privacyRequests { nodes { id status export { downloadable } } } }")).Nodes("privacyRequests");

        var node = Assert.Single(nodes);
        Assert.Equal(requestId, node.GetProperty("id").GetString());
        Assert.True(node.GetProperty("export").GetProperty("downloadable").GetBoolean());
    }

    private async Task<string> ReadyExportAsync(Session session)
    {
        var requestId = await RequestExportAsync(session);
        await App.DrainOutboxAsync();
        return requestId;
    }

    private static async Task<string> RequestExportAsync(Session session)
    {
        var requested = (await session.Client.QueryAsync($"mutation {{ requestDataExport {{ privacyRequest {{ id }} {Failure} }} }}"))
            .GetProperty("requestDataExport");
        Assert.Empty(requested.PayloadErrors());
        return requested.GetProperty("privacyRequest").GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> CreateLinkAsync(Session session, string requestId) =>
        (await session.Client.QueryAsync(
            $"mutation($input: CreateDataExportLinkInput!) {{ createDataExportLink(input: $input) {{ link {{ url expiresAt }} {Failure} }} }}",
            new { input = new { privacyRequestId = requestId } }))
        .GetProperty("createDataExportLink");

    private static async Task<JsonElement> MyExportRequestAsync(Session session) =>
        (await session.Client.QueryAsync("{ me { privacyRequests { id kind status export { expiresAt downloadedAt downloadable } } } }"))
        .GetProperty("me").GetProperty("privacyRequests").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "DATA_EXPORT");

    private async Task<int> SweepAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PurgeDataExportsCommand(100));
    }

    private string ArchivePath(string requestId) => Path.Combine(
        DataFolder.Prepare(App.Services.GetRequiredService<IConfiguration>(), App.Services.GetRequiredService<IHostEnvironment>()),
        "data-exports",
        $"{GlobalId.Decode(requestId).Id:N}.zip.enc");

    private static async Task<string> ReadEntryAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DataExportTestsOnSqlite(SqliteApp app) : DataExportTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class DataExportTestsOnPostgreSql(PostgreSqlApp app) : DataExportTests(app);
