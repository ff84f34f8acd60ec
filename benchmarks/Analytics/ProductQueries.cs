using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Analytics.Funnel;
using KnowledgePay.Application.Analytics.Overview.Figures;
using KnowledgePay.Application.Analytics.Overview.GetAnalyticsOverview;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Analytics;

/// <summary>The product's own query handlers, sent through Mediator (validation and the admin check included) as the resolvers send them.</summary>
internal sealed class ProductQueries(IServiceProvider services)
{
    /// <summary>Each bucket's figures keyed by its first date, and the totals keyed <c>total</c>.</summary>
    public async Task<Answer> OverviewAsync(AnalyticsRange range)
    {
        var overview = await SendAsync(new GetAnalyticsOverviewQuery(range));
        return new Answer(overview.Series.Select(p => Row(p.Bucket.Start.ToString("yyyy-MM-dd"), p.Figures)).Append(Row("total", overview.Totals)));
    }

    public async Task<Answer> FunnelAsync(AnalyticsRange range, Guid? courseId)
    {
        var funnel = await SendAsync(new GetFunnelQuery(range, courseId));
        return new Answer(funnel.Steps.Select(s => new AnswerRow(((int)s.Step).ToString(), [s.Users])));
    }

    private static AnswerRow Row(string key, BusinessFiguresDto figures) =>
        new(key, [figures.GmvFen, figures.RefundedFen, figures.Orders, figures.PayingUsers, figures.NewUsers, figures.ActiveLearners]);

    private async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
