using KnowledgePay.Application.Segments.Propensity;
using KnowledgePay.Application.Segments.Refreshing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Segments;

public static class SegmentServices
{
    /// <summary>
    /// Segments (ADR 0031): the set-based membership writer and the refresh every <c>Segments:Refresh:Interval</c>; the
    /// propensity model (ADR 0032, section <c>Segments:Propensity</c>): LightGBM, trained on the recommender's schedule.
    /// </summary>
    public static IHostApplicationBuilder AddSegmentServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ISegmentMembershipWriter, SqlSegmentMembershipWriter>();
        services.AddOptions<SegmentRefreshOptions>().BindConfiguration(SegmentRefreshOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SegmentRefreshWorker>();
        services.AddOptions<PropensityOptions>().BindConfiguration(PropensityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPropensityTrainer, LightGbmPropensityTrainer>();
        services.AddHostedService<PropensityTrainingWorker>();
        return builder;
    }
}
