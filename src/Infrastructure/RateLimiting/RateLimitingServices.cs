using KnowledgePay.Application.Common.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.RateLimiting;

public static class RateLimitingServices
{
    /// <summary>Section <c>RateLimiting</c>: the callers' allowances and the factory the login and redeem throttles use.</summary>
    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName)
            .Validate(o => o.IsValid, $"Every {RateLimitingOptions.SectionName} limit needs a positive Burst and PerSecond.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SharedRateLimiters>();
        builder.Services.AddSingleton<IRequestRateLimits, RequestRateLimits>();
        return builder;
    }
}
