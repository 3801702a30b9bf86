pub mod negotiation;
