using System.IO.Compression;
using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Privacy;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>
/// On the demo business (learners with orders, refunds, wallets, reviews, comments, referrals, shares, group buys,
/// experiments, campaigns …): a learner's downloaded export holds every row any table keeps about them, and names no
/// other user except where one of their own rows does.
/// </summary>
public abstract partial class DataExportContentTests(KnowledgePayApp app)
{
    private const string DemoOpenIds = "o_demo_";

    [Fact]
    public async Task HoldsEveryRowAboutTheLearnerAndNoOtherUsersIdentifiers()
    {
        var (subject, openId) = await RichestDemoUserAsync();
        var client = await SignedInClientAsync(openId);

        // What the database held about them when they asked; the export's own records (its audit, its message) come after.
        var rows = await RowsAboutAsync(subject);
        var export = await DownloadExportAsync(client, subject);

        var text = string.Concat(export.Values).ToLowerInvariant();
        var idsInExport = GuidPattern().Matches(text).Select(m => Guid.Parse(m.Value)).ToHashSet();
        var missing = rows.Where(r => !idsInExport.Contains(r.Id)).Select(r => $"{r.Table} {r.Id}").ToList();
        Assert.Empty(missing);
        Assert.True(rows.Select(r => r.Table).Distinct().Count() >= 15, $"The demo learner has rows in only {string.Join(", ", rows.Select(r => r.Table).Distinct())}.");
        var named = rows.SelectMany(r => r.Users).Append(subject).ToHashSet();
        var others = await app.ReadAsync(db => db.Users.Where(u => u.Id != subject).Select(u => new { u.Id, u.OpenId }).ToListAsync());
        Assert.Empty(others.Where(u => idsInExport.Contains(u.Id) && !named.Contains(u.Id)).Select(u => u.Id));
        Assert.Empty(others.Where(u => text.Contains($"\"{u.OpenId.ToLowerInvariant()}\"", StringComparison.Ordinal)).Select(u => u.OpenId));
        Assert.Contains($"\"{openId.ToLowerInvariant()}\"", export["account.json"].ToLowerInvariant(), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, string>> DownloadExportAsync(HttpClient client, Guid subject)
    {
        var requested = (await client.QueryAsync("mutation { requestDataExport { privacyRequest { id } errors { __typename } } }"))
            .GetProperty("requestDataExport");
        Assert.Empty(requested.PayloadErrors());
        var requestId = requested.GetProperty("privacyRequest").GetProperty("id").GetString()!;
        await BuildAsync(new PrivacyRequestSubmittedEvent(GlobalId.Decode(requestId).Id, subject, PrivacyRequestKind.DataExport));
        var link = (await client.QueryAsync(
                "mutation($input: CreateDataExportLinkInput!) { createDataExportLink(input: $input) { link { url } errors { __typename } } }",
                new { input = new { privacyRequestId = requestId } }))
            .GetProperty("createDataExportLink").GetProperty("link").GetProperty("url").GetString()!;
        using var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.FullName] = await reader.ReadToEndAsync();
        }

        return files;
    }

    /// <summary>Runs the export's background work as the outbox would, without draining the demo seed's own events.</summary>
    private async Task BuildAsync(PrivacyRequestSubmittedEvent submitted)
    {
        var handler = app.Services.GetRequiredService<AfterCommitHandlers>().For(typeof(PrivacyRequestSubmittedEvent))
            .Single(h => h.Name.EndsWith("BuildDataExportWhenRequested", StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        await handler.InvokeAsync(scope.ServiceProvider, submitted, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    /// <summary>
    /// The demo user with rows in the most tables, among enough candidates that the clock-dependent parts of the demo
    /// history (which campaign coupons are live when it is seeded) cannot leave every candidate a table short.
    /// </summary>
    private async Task<(Guid Id, string OpenId)> RichestDemoUserAsync()
    {
        var candidates = await app.ReadAsync(db => db.Users
            .Where(u => u.OpenId.StartsWith(DemoOpenIds) && !db.PrivacyRequests.Any(r => r.UserId == u.Id))
            .OrderBy(u => u.OpenId)
            .Select(u => new { u.Id, u.OpenId })
            .Take(40)
            .ToListAsync());
        var best = (Id: Guid.Empty, OpenId: string.Empty, Tables: -1);
        foreach (var candidate in candidates)
        {
            var tables = (await RowsAboutAsync(candidate.Id)).Select(r => r.Table).Distinct().Count();
            if (tables > best.Tables)
            {
                best = (candidate.Id, candidate.OpenId, tables);
            }
        }

        return (best.Id, best.OpenId);
    }

    /// <summary>Every row of every table whose subject columns name the user, with all users its user columns name.</summary>
    private async Task<IReadOnlyList<(string Table, Guid Id, IReadOnlyList<Guid> Users)>> RowsAboutAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var promoterId = await db.Promoters.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync();
        var rows = new List<(string, Guid, IReadOnlyList<Guid>)>();
        foreach (var (entity, columns) in PersonalDataColumns.SubjectColumns(db.Model))
        {
            var read = ReadRowsMethod.MakeGenericMethod(entity.ClrType);
            var found = await (Task<List<(Guid, IReadOnlyList<Guid>)>>)read.Invoke(null, [db, entity, columns, userId, promoterId ?? Guid.Empty])!;
            rows.AddRange(found.Select(r => (entity.ClrType.Name, r.Item1, r.Item2)));
        }

        return rows;
    }

    private static readonly MethodInfo ReadRowsMethod =
        typeof(DataExportContentTests).GetMethod(nameof(ReadRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<List<(Guid, IReadOnlyList<Guid>)>> ReadRowsAsync<T>(
        AppDbContext db, IEntityType entity, IReadOnlyList<IProperty> columns, Guid userId, Guid promoterId)
        where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        var about = columns
            .Select(c => (Expression)Expression.Equal(
                Expression.Call(typeof(EF), nameof(EF.Property), [c.ClrType], row, Expression.Constant(c.Name)),
                Expression.Constant(c.Name == PersonalDataColumns.Promoter ? promoterId : userId, c.ClrType)))
            .Aggregate(Expression.OrElse);
        var named = PersonalDataColumns.Subject.Concat(PersonalDataColumns.Operator)
            .Select(entity.FindProperty).OfType<IProperty>().ToList();
        var found = await db.Set<T>().AsNoTracking().Where(Expression.Lambda<Func<T, bool>>(about, row)).ToListAsync();
        return [.. found.Select(r => (
            (Guid)entity.FindPrimaryKey()!.Properties[0].GetGetter().GetClrValue(r)!,
            (IReadOnlyList<Guid>)[.. named.Select(p => p.GetGetter().GetClrValue(r)).OfType<Guid>()]))];
    }

    private async Task<HttpClient> SignedInClientAsync(string openId)
    {
        var (_, code) = await app.WeChat.LoginCodeAsync(openId);
        var login = (await app.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}

public sealed class DataExportContentTestsOnSqlite(EmbeddedSqliteApp app) : DataExportContentTests(app), IClassFixture<EmbeddedSqliteApp>;

public sealed class DataExportContentTestsOnPostgreSql(DemoPostgreSqlApp app) : DataExportContentTests(app), IClassFixture<DemoPostgreSqlApp>;
