using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Application.FunctionalTests.Orders;

internal sealed class FakeCourseProgress : ICourseProgress
{
    public int Percent { get; set; }

    public Task<int> PercentConsumedAsync(Guid userId, Guid courseId, CancellationToken cancellationToken) => Task.FromResult(Percent);
}
