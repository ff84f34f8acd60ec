using System.Net;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary><c>GET /media/lessons/{id}</c>: only a genuine, unexpired link for that lesson reaches the origin media URL.</summary>
public abstract class LessonMediaTests(KnowledgePayApp app) : LearningTest(app)
{
    [Fact]
    public async Task RedirectsToTheOriginMediaWhenTheLinkIsValid()
    {
        var course = await AddPaidCourseAsync();
        var url = (await LessonsAsync(Client, course.Id))[0].GetProperty("media").GetProperty("url").GetString()!;

        using var response = await SendAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"https://media.example/{course.Id:N}/0.m3u8", response.Headers.Location?.AbsoluteUri);
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
}

[Collection(SqliteCollection.Name)]
public sealed class LessonMediaTestsOnSqlite(SqliteApp app) : LessonMediaTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class LessonMediaTestsOnPostgreSql(PostgreSqlApp app) : LessonMediaTests(app);
