using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>Rules 1 and 2 over HTTP, and the step-up login an AccountSharing flag asks for until an admin clears it.</summary>
public abstract class AccountSharingTests(KnowledgePayApp app) : AccessRiskTest(app)
{
    private EncryptedPhone Protected(string phoneNumber) =>
        App.Services.GetRequiredService<IPhoneNumberProtector>().Protect(PhoneNumber.Parse(phoneNumber));

    private const string Home = "192.0.2.10";

    private const string ReportProgress = """
        mutation($input: UpdateLessonProgressInput!) {
          updateLessonProgress(input: $input) { progress { percent } errors { __typename ... on Error { code } } }
        }
        """;

    [Fact]
    public async Task LeavesOneLearnerOnAPhoneAndDevToolsAloneAllDay()
    {
        var preview = FreePreviewOf(await AddPaidCourseAsync());
        var phoneAtHome = await SignedInDeviceAsync("o_learner", Home, "phone-1234");
        var phoneOnMobileData = await SignedInDeviceAsync("o_learner", "192.0.2.99", "phone-1234");
        var devTools = await SignedInDeviceAsync("o_learner", Home, "devtools-5678");
        for (var hour = 0; hour < 12; hour++)
        {
            for (var beat = 0; beat < 3; beat++)
            {
                var phone = hour % 2 == 0 ? phoneAtHome : phoneOnMobileData;
                Assert.Empty((await ReportAsync(phone, preview, 10 + beat)).PayloadErrors());
                Assert.Empty((await ReportAsync(devTools, preview, 10 + beat)).PayloadErrors());
                App.Clock.Advance(TimeSpan.FromMinutes(1));
            }

            App.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Empty(await FlagsAsync());
    }

    [Fact]
    public async Task AsksForAStepUpLoginOnceTheAccountSignsInFromFiveDevicesInADay()
    {
        for (var device = 1; device <= 4; device++)
        {
            await SignedInDeviceAsync("o_shared", Home, $"device-000{device}");
            App.Clock.Advance(TimeSpan.FromHours(1));
        }

        var before = await FlagsAsync();
        await SignedInDeviceAsync("o_shared", "192.0.2.55", "device-0005");
        var next = await LoginFromAsync(Device(Home, "device-0001"), "o_shared");

        Assert.Empty(before);
        var flag = Assert.Single(await FlagsAsync());
        Assert.Equal(
            (RiskRule.AccountSharing, (Guid?)await UserIdAsync("o_shared"), RiskRestriction.StepUpLogin),
            (flag.Rule, flag.UserId, flag.Restriction));
        Assert.Contains("\"devices\":5", flag.Evidence, StringComparison.Ordinal);
        Assert.Equal([("LoginStepUpRequiredError", "LOGIN_STEP_UP_REQUIRED")], next.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("accessToken").ValueKind);
    }

    [Fact]
    public async Task LetsAFlaggedAccountInWithAProofOfItsBoundPhoneAndRefusesAnotherPhone()
    {
        await FlagSharingAsync("o_shared");
        await ChangeAsync(async db => (await db.Users.SingleAsync(u => u.OpenId == "o_shared")).BindPhone(Protected("13900000000")));
        var device = Device(Home, "device-0001");

        var wrong = await LoginFromAsync(device, "o_shared", await App.WeChat.PhoneCodeAsync("o_shared"));
        var simulatorPhone = (await App.WeChat.UserAsync("o_shared")).GetProperty("phone").GetString()!;
        await ChangeAsync(async db => (await db.Users.SingleAsync(u => u.OpenId == "o_shared")).BindPhone(Protected(simulatorPhone)));
        var right = await LoginFromAsync(device, "o_shared", await App.WeChat.PhoneCodeAsync("o_shared"));

        Assert.Equal([("LoginStepUpFailedError", "LOGIN_STEP_UP_FAILED")], wrong.PayloadErrors());
        Assert.Empty(right.PayloadErrors());
        Assert.NotNull(right.GetProperty("accessToken").GetString());
    }

    [Fact]
    public async Task BindsTheProvenPhoneWhenAFlaggedAccountHasNoneYet()
    {
        await FlagSharingAsync("o_shared");

        var login = await LoginFromAsync(Device(Home, "device-0001"), "o_shared", await App.WeChat.PhoneCodeAsync("o_shared"));

        var simulatorPhone = (await App.WeChat.UserAsync("o_shared")).GetProperty("phone").GetString();
        Assert.Empty(login.PayloadErrors());
        Assert.Equal(PhoneNumber.Parse(simulatorPhone).Masked(), login.GetProperty("me").GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public async Task SignsInWithoutAProofAgainOnceAnAdminClearsTheFlag()
    {
        var flagId = await FlagSharingAsync("o_shared");
        await ChangeAsync(async db =>
            (await db.RiskFlags.SingleAsync(f => f.Id == flagId)).Clear(Guid.CreateVersion7(), "Family tablet.", App.Clock.GetUtcNow()));

        var login = await LoginFromAsync(Device(Home, "device-0006"), "o_shared");

        Assert.Empty(login.PayloadErrors());
        Assert.Equal(RiskFlagStatus.Cleared, Assert.Single(await FlagsAsync()).Status);
    }

    [Fact]
    public async Task RefusesAThirdSimultaneousStreamAndFlagsItWhenRepeated()
    {
        var preview = FreePreviewOf(await AddPaidCourseAsync());
        var phone = await SignedInDeviceAsync("o_streamer", Home, "phone-0001");
        var tablet = await SignedInDeviceAsync("o_streamer", Home, "tablet-0001");
        var friend = await SignedInDeviceAsync("o_streamer", "192.0.2.77", "friend-0001");
        Assert.Empty((await ReportAsync(phone, preview, 10)).PayloadErrors());
        Assert.Empty((await ReportAsync(tablet, preview, 20)).PayloadErrors());

        var refusals = new List<IReadOnlyList<(string?, string?)>>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            refusals.Add((await ReportAsync(friend, preview, 90)).PayloadErrors());
        }

        var flagsAfterTwo = await FlagsAsync();
        refusals.Add((await ReportAsync(friend, preview, 90)).PayloadErrors());

        Assert.All(refusals, errors => Assert.Equal([("StreamLimitReachedError", "STREAM_LIMIT_REACHED")], errors));
        Assert.Equal(20, await App.ReadAsync(db => db.LessonProgress.Select(p => p.Percent).SingleAsync()));
        Assert.Empty(flagsAfterTwo);
        var flag = Assert.Single(await FlagsAsync());
        Assert.Equal((RiskRule.ConcurrentStreams, RiskRestriction.None), (flag.Rule, flag.Restriction));
    }

    [Fact]
    public async Task AdmitsANewDeviceOnceAnotherStreamHasStoppedBeating()
    {
        var preview = FreePreviewOf(await AddPaidCourseAsync());
        var phone = await SignedInDeviceAsync("o_streamer", Home, "phone-0001");
        var tablet = await SignedInDeviceAsync("o_streamer", Home, "tablet-0001");
        var laptop = await SignedInDeviceAsync("o_streamer", Home, "laptop-0001");
        await ReportAsync(phone, preview, 10);
        await ReportAsync(tablet, preview, 20);

        App.Clock.Advance(TimeSpan.FromMinutes(4));
        var phoneStillBeating = await ReportAsync(phone, preview, 30);
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var laptopAfterTabletStopped = await ReportAsync(laptop, preview, 40);

        Assert.Empty(phoneStillBeating.PayloadErrors());
        Assert.Empty(laptopAfterTabletStopped.PayloadErrors());
        Assert.Empty(await FlagsAsync());
    }

    [Fact]
    public async Task FlagsSharingWhenLessonsStreamOnFiveDevicesInADay()
    {
        var preview = FreePreviewOf(await AddPaidCourseAsync());
        var login = await LoginFromAsync(Device(Home, "phone-0001"), "o_shared");
        var token = login.GetProperty("accessToken").GetString();
        for (var device = 2; device <= 5; device++)
        {
            Assert.Empty((await ReportAsync(Device(Home, $"borrower-000{device}", token), preview, 10)).PayloadErrors());
            App.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var flag = Assert.Single(await FlagsAsync());
        Assert.Equal((RiskRule.AccountSharing, RiskRestriction.StepUpLogin), (flag.Rule, flag.Restriction));
    }

    /// <summary>Signs the account in from five devices within hours, which raises its AccountSharing flag; returns the flag's id.</summary>
    private async Task<Guid> FlagSharingAsync(string openId)
    {
        for (var device = 1; device <= 5; device++)
        {
            await SignedInDeviceAsync(openId, Home, $"device-000{device}");
        }

        return Assert.Single(await FlagsAsync()).Id;
    }

    private static Lesson FreePreviewOf(Course course) => course.Chapters.Single().Lessons.First(l => l.IsFreePreview);

    private static async Task<JsonElement> ReportAsync(HttpClient device, Lesson lesson, int percent) =>
        (await device.QueryAsync(ReportProgress, new
        {
            input = new { lessonId = GlobalId.Encode("Lesson", lesson.Id), percent, positionSeconds = percent },
        })).GetProperty("updateLessonProgress");
}

[Collection(SqliteCollection.Name)]
public sealed class AccountSharingTestsOnSqlite(SqliteApp app) : AccountSharingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AccountSharingTestsOnPostgreSql(PostgreSqlApp app) : AccountSharingTests(app);
