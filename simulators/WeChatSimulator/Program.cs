using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.WeChatSimulator;

// An explicit entry point (not top-level statements, which .NET 10 exposes as a public global Program) so hosts
// that reference this project keep their own Program for WebApplicationFactory.
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is [KeygenCommand.Name, .. var keygenArgs])
        {
            return KeygenCommand.Run(keygenArgs);
        }
        var builder = WebApplication.CreateBuilder(args);
        // Request-start lines carry query strings, and code2Session sends the AppSecret in its query.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddWeChatSimulator(builder.Configuration);

        var app = builder.Build();
        app.MapWeChatSimulator();
        app.Run();
        return 0;
    }
}
