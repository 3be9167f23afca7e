import { render } from "solid-js/web";
import { App } from "./App";
import "./styles/base.css";
import "./styles/print.css";

render(() => <App />, document.getElementById("root")!);
