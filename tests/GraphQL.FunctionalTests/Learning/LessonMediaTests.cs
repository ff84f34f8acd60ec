using System.Net;
using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary>
/// <c>GET /media/lessons/{id}</c>: only a genuine, unexpired link for that lesson, whose viewer may still open it, reaches
/// the media, and the address it reaches is itself signed for the CDN and short-lived.
/// </summary>
public abstract class LessonMediaTests(KnowledgePayApp app) : LearningTest(app)
{
    [Fact]
    public async Task RedirectsToTheMediaSignedForTheCdnWhenTheLinkIsValid()
    {
        var course = await AddPaidCourseAsync();
        var url = (await LessonsAsync(Client, course.Id))[0].GetProperty("media").GetProperty("url").GetString()!;

        using var response = await SendAsync(url);

        var location = response.Headers.Location!;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"https://media.example/{course.Id:N}/0.m3u8", location.GetLeftPart(UriPartial.Path));
        Assert.True(CdnTypeA.IsValid(location, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task SendsARedirectTargetThatExpiresWithTheCdnValidity()
    {
        var course = await AddPaidCourseAsync();
        var url = (await LessonsAsync(Client, course.Id))[0].GetProperty("media").GetProperty("url").GetString()!;
        var before = DateTimeOffset.UtcNow;

        using var response = await SendAsync(url);

        var location = response.Headers.Location!;
        Assert.True(CdnTypeA.IsValid(location, before.AddSeconds(CdnTypeA.ValidSeconds - 5)));
        Assert.False(CdnTypeA.IsValid(location, DateTimeOffset.UtcNow.AddSeconds(CdnTypeA.ValidSeconds + 1)));
    }

    [Fact]
    public async Task SendsARedirectTargetThatFailsTheCdnCheckWhenAltered()
    {
        var course = await AddPaidCourseAsync();
        var url = (await LessonsAsync(Client, course.Id))[0].GetProperty("media").GetProperty("url").GetString()!;
        using var response = await SendAsync(url);
        var location = response.Headers.Location!.AbsoluteUri;
        var timestamp = CdnTypeA.Sign(new Uri(location)).Split('-')[0];

        var otherFile = new Uri(location.Replace("/0.m3u8", "/1.m3u8"));
        var later = new Uri(location.Replace($"sign={timestamp}-", $"sign={long.Parse(timestamp) + 3600}-"));

        Assert.True(CdnTypeA.IsValid(new Uri(location), DateTimeOffset.UtcNow));
        Assert.False(CdnTypeA.IsValid(otherFile, DateTimeOffset.UtcNow));
        Assert.False(CdnTypeA.IsValid(later, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task RefusesALinkWhoseLearnerLostAccessAfterItWasIssued()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        await GrantAsync(admin, learner.UserId, course.Id);
        var url = (await LessonsAsync(learner.Client, course.Id))[1].GetProperty("media").GetProperty("url").GetString()!;
        using var whileEnrolled = await SendAsync(url);

        await RevokeAsync(admin, learner.UserId, course.Id);
        using var afterRevocation = await SendAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, whileEnrolled.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterRevocation.StatusCode);
        Assert.Null(afterRevocation.Headers.Location);
    }

    [Fact]
    public async Task RefusesWhenTheLinkWasTamperedWith()
    {
        var course = await AddPaidCourseAsync();
        var url = (await LessonsAsync(Client, course.Id))[0].GetProperty("media").GetProperty("url").GetString()!;
        var expires = Query(url)["expires"];

        using var response = await SendAsync(url.Replace($"expires={expires}", $"expires={long.Parse(expires) + 3600}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task RefusesWhenTheLinkHasExpired()
    {
        var course = await AddPaidCourseAsync();
        var lessonId = course.Chapters.Single().Lessons.First().Id;
        var signer = App.Services.GetRequiredService<IMediaUrlSigner>();
        var expired = signer.Sign(lessonId, null, DateTimeOffset.UtcNow.AddHours(-1));

        using var response = await SendAsync(expired.Url);

        Assert.True(expired.ExpiresAt < DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RefusesWhenTheLinkOfOneLessonIsUsedForAnother()
    {
        var course = await AddPaidCourseAsync();
        var lessons = course.Chapters.Single().Lessons.ToList();
        var url = (await LessonsAsync(Client, course.Id))[0].GetProperty("media").GetProperty("url").GetString()!;

        using var response = await SendAsync(url.Replace(lessons[0].Id.ToString(), lessons[1].Id.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string url)
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(url);
    }

    private static Dictionary<string, string> Query(string url) =>
        url[(url.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

    /// <summary>
    /// The check a CDN with Tencent Cloud "Type A" URL authentication makes, written from its public description:
    /// <c>sign=timestamp-rand-uid-md5hash</c>, <c>md5hash = MD5("{path}-{timestamp}-{rand}-{uid}-{key}")</c>, refused once
    /// <c>timestamp</c> plus the configured validity (the app's default, 300 s) has passed.
    /// </summary>
    private static class CdnTypeA
    {
        public const int ValidSeconds = 300;

        public static string Sign(Uri url) => Query(url.AbsoluteUri)["sign"];

        public static bool IsValid(Uri url, DateTimeOffset now)
        {
            var parts = Sign(url).Split('-');
            if (parts.Length != 4 || !long.TryParse(parts[0], out var timestamp))
            {
                return false;
            }

            var expected = Convert.ToHexStringLower(MD5.HashData(
                Encoding.UTF8.GetBytes($"{url.AbsolutePath}-{parts[0]}-{parts[1]}-{parts[2]}-{KnowledgePayApp.CdnKey}")));
            return expected == parts[3] && now.ToUnixTimeSeconds() < timestamp + ValidSeconds;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LessonMediaTestsOnSqlite(SqliteApp app) : LessonMediaTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class LessonMediaTestsOnPostgreSql(PostgreSqlApp app) : LessonMediaTests(app);
