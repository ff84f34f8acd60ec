using GraphQL.Types;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.GraphQL.Experiments;

internal sealed class ExperimentSurfaceGraphType : EnumerationGraphType<ExperimentSurface>
{
    public ExperimentSurfaceGraphType()
    {
        Name = "ExperimentSurface";
        Description = "What an experiment varies: the course page's layout, an offer's price, a promotion, or the recommender's strategy and blend.";
    }
}

internal sealed class ExperimentStatusGraphType : EnumerationGraphType<ExperimentStatus>
{
    public ExperimentStatusGraphType()
    {
        Name = "ExperimentStatus";
        Description = "Draft (may change), running (assigning users) or stopped (decision recorded; everyone sees the control).";
    }
}

internal sealed class ExperimentAudienceGraphType : EnumerationGraphType<ExperimentAudience>
{
    public ExperimentAudienceGraphType()
    {
        Name = "ExperimentAudience";
        Description = "Everyone, learners who never paid for an order, or learners who have.";
    }
}

internal sealed class ExperimentMetricGraphType : EnumerationGraphType<ExperimentMetric>
{
    public ExperimentMetricGraphType()
    {
        Name = "ExperimentMetric";
        Description = "Conversion to a paid order, or revenue per exposed user, within the window after the first exposure.";
    }
}

internal sealed class ClientPlatformGraphType : EnumerationGraphType<ClientPlatform>
{
    public ClientPlatformGraphType()
    {
        Name = "ClientPlatform";
        Description = "The platform the mini program reports in the X-Client-Platform header (wx.getDeviceInfo().platform).";
    }
}
