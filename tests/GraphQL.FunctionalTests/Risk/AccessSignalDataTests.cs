using System.Text.Json;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Application.Risk.Access.Commands.SweepAccessSignals;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>The access signals as personal data: in the user's export, gone with their erasure and after the retention.</summary>
public abstract class AccessSignalDataTests(KnowledgePayApp app) : AccessRiskTest(app)
{
    [Fact]
    public async Task ExportsTheUsersOwnSignInsAndNobodyElses()
    {
        await SignedInDeviceAsync("o_alice", "192.0.2.1", "alice-phone");
        await SignedInDeviceAsync("o_bob", "192.0.2.2", "bob-phone");
        var alice = await UserIdAsync("o_alice");

        using var scope = App.Services.CreateScope();
        var section = scope.ServiceProvider.GetServices<IPersonalDataSection>().Single(s => s.Name == "sign-ins-and-devices");
        var json = JsonSerializer.Serialize(await section.CollectAsync(alice, CancellationToken.None));

        Assert.Contains("alice-phone", json, StringComparison.Ordinal);
        Assert.Contains("192.0.2.1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("bob-phone", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasesTheUsersSignalsWithTheirAccountAndKeepsOthers()
    {
        var preview = (await AddPaidCourseAsync()).Chapters.Single().Lessons.First(l => l.IsFreePreview);
        var phone = await SignedInDeviceAsync("o_alice", "192.0.2.1", "alice-phone");
        await phone.QueryAsync(
            "mutation($input: UpdateLessonProgressInput!) { updateLessonProgress(input: $input) { errors { __typename } } }",
            new { input = new { lessonId = Conventions.Ids.GlobalId.Encode("Lesson", preview.Id), percent = 5, positionSeconds = 5 } });
        await SignedInDeviceAsync("o_bob", "192.0.2.2", "bob-phone");
        var alice = await UserIdAsync("o_alice");
        await App.EraseAccountAsync(alice);

        Assert.Equal((0, 0), await App.ReadAsync(async db => (
            await db.AccessSignals.CountAsync(s => s.UserId == alice), await db.StreamSightings.CountAsync(s => s.UserId == alice))));
        Assert.Equal(1, await App.ReadAsync(db => db.AccessSignals.CountAsync()));
    }

    [Fact]
    public async Task SweepsSignalsOlderThanTheRetention()
    {
        await SignedInDeviceAsync("o_alice", "192.0.2.1", "alice-phone");
        App.Clock.Advance(TimeSpan.FromDays(29));
        var kept = await SweepAsync();
        App.Clock.Advance(TimeSpan.FromDays(2));

        var swept = await SweepAsync();

        Assert.Equal((0, 1), (kept, swept));
        Assert.False(await App.ReadAsync(db => db.AccessSignals.AnyAsync()));
    }

    private async Task<int> SweepAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepAccessSignalsCommand());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessSignalDataTestsOnSqlite(SqliteApp app) : AccessSignalDataTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AccessSignalDataTestsOnPostgreSql(PostgreSqlApp app) : AccessSignalDataTests(app);
