using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.BrowserTests;

/// <summary>The real host on a Kestrel port a browser can reach, on its own SQLite file holding one known course.</summary>
public sealed class IdeApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string CourseTitle = "浏览器里的 GraphQL";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("knowledgepay-browser-").FullName;

    public IdeApp()
    {
        UseKestrel(port: 0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        await AddKnownCourseAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = _dataFolder,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "false",
        };
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    private async Task AddKnownCourseAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var creator = Creator.Join("张老师", null, null, null, now);
        var category = Category.Create("编程", "programming", 0);
        var course = Course.Draft(creator.Id, category.Id, CourseTitle, "用 Banana Cake Pop 探索 API", Money.Fen(4900), now);
        course.AddLesson(course.AddChapter("开始").Id, new LessonContent("第一课", LessonKind.Video, 600, IsFreePreview: true));
        course.Publish(now);

        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        db.Creators.Add(creator);
        db.Categories.Add(category);
        db.Courses.Add(course);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
