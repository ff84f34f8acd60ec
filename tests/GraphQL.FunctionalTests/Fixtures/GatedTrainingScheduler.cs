using KnowledgePay.Application.Recommendations.Training;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// The product's retraining on catalogue changes, passed on only while a test opens the gate: one host serves every test
/// of a provider, so a retraining asked for by one test's publish would otherwise land in the middle of a later test
/// and fold that test's fresh behaviour into the model.
/// </summary>
public sealed class GatedTrainingScheduler(IRecommenderTrainingScheduler inner) : IRecommenderTrainingScheduler
{
    private volatile bool _open;

    /// <summary>Passes catalogue changes on until the returned scope is disposed.</summary>
    public IDisposable Open()
    {
        _open = true;
        return new Closing(this);
    }

    public void RequestTraining(string reason)
    {
        if (_open)
        {
            inner.RequestTraining(reason);
        }
    }

    private sealed class Closing(GatedTrainingScheduler gate) : IDisposable
    {
        public void Dispose() => gate._open = false;
    }
}
