using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Infrastructure.Data.Interceptors;
using KnowledgePay.Infrastructure.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c> as <see cref="AppDbContext"/> and
    /// <see cref="IApplicationDbContext"/>. Configuration is read when the container first needs it, so hosts and
    /// test factories may still change it after this call.
    /// </summary>
    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => DatabaseOptions.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddProviderContext<SqliteAppDbContext>(SqliteAppDbContext.Use);
        services.AddProviderContext<PostgreSqlAppDbContext>(PostgreSqlAppDbContext.Use);
        services.AddProviderContext<SqlServerAppDbContext>(SqlServerAppDbContext.Use);
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().Provider switch
        {
            DatabaseProvider.Sqlite => sp.GetRequiredService<SqliteAppDbContext>(),
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgreSqlAppDbContext>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerAppDbContext>(),
            var provider => throw new ArgumentOutOfRangeException(nameof(builder), provider, null),
        });
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IInterceptor, AuditingInterceptor>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    private static void AddProviderContext<TContext>(
        this IServiceCollection services, Action<DbContextOptionsBuilder, string> useProvider)
        where TContext : AppDbContext =>
        services.AddDbContext<TContext>((sp, options) =>
        {
            useProvider(options, sp.GetRequiredService<DatabaseOptions>().ConnectionString);
            options.AddInterceptors(sp.GetServices<IInterceptor>());
        });
}
