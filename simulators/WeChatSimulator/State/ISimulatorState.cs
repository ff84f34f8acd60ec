namespace KnowledgePay.WeChatSimulator.State;

/// <summary>In-memory state that <c>POST /__sim/reset</c> returns to its initial value.</summary>
internal interface ISimulatorState
{
    void Reset();
}
