import { render } from "solid-js/web";
import { App } from "./App";
import "./styles/kiosk.css";

render(() => <App />, document.getElementById("root")!);
