using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Analytics.Funnel;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Analytics;

/// <summary>The product's own query handlers, sent through Mediator (validation and the admin check included) as the resolvers send them.</summary>
internal sealed class ProductQueries(IServiceProvider services)
{
    public async Task<Answer> FunnelAsync(AnalyticsRange range, Guid? courseId)
    {
        var funnel = await SendAsync(new GetFunnelQuery(range, courseId));
        return new Answer(funnel.Steps.Select(s => new AnswerRow(((int)s.Step).ToString(), [s.Users])));
    }

    private async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
